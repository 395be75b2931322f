-- case: new enum type and a column using it
-- engines: postgresql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL);
-- desired
CREATE TYPE visibility AS ENUM ('public', 'private');
CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL, vis visibility NOT NULL DEFAULT 'public');
-- rows
INSERT INTO posts (id, title) VALUES (1, 'hello'), (2, 'world');
