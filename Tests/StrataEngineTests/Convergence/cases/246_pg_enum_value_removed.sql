-- case: unused enum value removed (type must be recreated)
-- engines: postgresql
-- current
CREATE TYPE status AS ENUM ('draft', 'review', 'published');
CREATE TABLE posts (id INTEGER PRIMARY KEY, st status NOT NULL DEFAULT 'draft');
-- desired
CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id INTEGER PRIMARY KEY, st status NOT NULL DEFAULT 'draft');
-- rows
INSERT INTO posts (id, st) VALUES (1, 'draft'), (2, 'published');
