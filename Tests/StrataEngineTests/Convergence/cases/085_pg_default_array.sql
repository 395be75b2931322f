-- case: an array default
-- engines: postgresql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, tags TEXT[]);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, tags TEXT[] DEFAULT '{}'::text[]);
-- rows
INSERT INTO posts (id, tags) VALUES (1, '{a,b}'), (2, NULL);
