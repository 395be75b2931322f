-- case: default of an enum column changed
-- engines: postgresql
-- current
CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id INTEGER PRIMARY KEY, st status NOT NULL DEFAULT 'draft');
-- desired
CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id INTEGER PRIMARY KEY, st status NOT NULL DEFAULT 'published');
-- rows
INSERT INTO posts (id, st) VALUES (1, 'draft'), (2, 'published');
