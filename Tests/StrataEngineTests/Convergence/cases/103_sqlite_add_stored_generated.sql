-- case: add a STORED generated column (SQLite needs a rebuild)
-- engines: sqlite
-- current
CREATE TABLE people (id INTEGER PRIMARY KEY, first VARCHAR(30) NOT NULL, last VARCHAR(30) NOT NULL);
-- desired
CREATE TABLE people (id INTEGER PRIMARY KEY, first VARCHAR(30) NOT NULL, last VARCHAR(30) NOT NULL, full_name TEXT GENERATED ALWAYS AS (first || ' ' || last) STORED);
-- rows
INSERT INTO people (id, first, last) VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing');
