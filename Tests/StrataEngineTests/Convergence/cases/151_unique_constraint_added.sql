-- case: unique constraint added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, CONSTRAINT uq_users_email UNIQUE (email));
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
