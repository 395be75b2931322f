-- case: table becomes STRICT (SQLite 3.37+)
-- engines: sqlite
-- current
CREATE TABLE metrics (id INTEGER PRIMARY KEY, name TEXT NOT NULL, value REAL);
-- desired
CREATE TABLE metrics (id INTEGER PRIMARY KEY, name TEXT NOT NULL, value REAL) STRICT;
-- rows
INSERT INTO metrics (id, name, value) VALUES (1, 'cpu', 0.5), (2, 'mem', 0.75);
