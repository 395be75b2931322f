-- case: enum value added in the middle
-- engines: postgresql
-- current
CREATE TYPE size AS ENUM ('small', 'large');
CREATE TABLE shirts (id INTEGER PRIMARY KEY, sz size NOT NULL);
-- desired
CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE TABLE shirts (id INTEGER PRIMARY KEY, sz size NOT NULL);
-- rows
INSERT INTO shirts (id, sz) VALUES (1, 'small'), (2, 'large');
