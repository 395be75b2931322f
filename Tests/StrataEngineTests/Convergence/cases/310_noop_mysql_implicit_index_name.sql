-- case: no-op: implicit index name vs the same name written out
-- engines: mysql
-- current
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, UNIQUE KEY (email), KEY (id, email));
-- desired
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, UNIQUE KEY email (email), KEY id (id, email));
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
