-- case: drop a generated column
-- engines: postgresql
-- current
CREATE TABLE boxes (id INTEGER PRIMARY KEY, w INTEGER NOT NULL, h INTEGER NOT NULL, area INTEGER GENERATED ALWAYS AS (w * h) STORED);
-- desired
CREATE TABLE boxes (id INTEGER PRIMARY KEY, w INTEGER NOT NULL, h INTEGER NOT NULL);
-- rows
INSERT INTO boxes (id, w, h) VALUES (1, 2, 3), (2, 4, 5);
