-- case: enum column and its type dropped
-- engines: postgresql
-- current
CREATE TYPE visibility AS ENUM ('public', 'private');
CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL, vis visibility);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL);
-- rows
INSERT INTO posts (id, title, vis) VALUES (1, 'hello', 'public'), (2, 'world', NULL);
