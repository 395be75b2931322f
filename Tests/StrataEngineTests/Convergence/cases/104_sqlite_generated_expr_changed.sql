-- case: generated column expression changed
-- engines: sqlite
-- current
CREATE TABLE boxes (id INTEGER PRIMARY KEY, w INTEGER NOT NULL, h INTEGER NOT NULL, area INTEGER GENERATED ALWAYS AS (w * h) VIRTUAL);
-- desired
CREATE TABLE boxes (id INTEGER PRIMARY KEY, w INTEGER NOT NULL, h INTEGER NOT NULL, area INTEGER GENERATED ALWAYS AS (w * h * 2) VIRTUAL);
-- rows
INSERT INTO boxes (id, w, h) VALUES (1, 2, 3), (2, 4, 5);
