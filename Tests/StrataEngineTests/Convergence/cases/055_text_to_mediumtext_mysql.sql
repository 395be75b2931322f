-- case: TEXT to MEDIUMTEXT
-- engines: mysql
-- current
CREATE TABLE posts (id INT PRIMARY KEY, body TEXT NOT NULL);
-- desired
CREATE TABLE posts (id INT PRIMARY KEY, body MEDIUMTEXT NOT NULL);
-- rows
INSERT INTO posts (id, body) VALUES (1, 'hello'), (2, 'world');
