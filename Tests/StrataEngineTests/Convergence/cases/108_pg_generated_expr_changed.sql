-- case: generated column expression changed (drop and re-add)
-- engines: postgresql
-- current
CREATE TABLE people (id INTEGER PRIMARY KEY, first VARCHAR(30) NOT NULL, last VARCHAR(30) NOT NULL,
  full_name TEXT GENERATED ALWAYS AS (first || ' ' || last) STORED);
-- desired
CREATE TABLE people (id INTEGER PRIMARY KEY, first VARCHAR(30) NOT NULL, last VARCHAR(30) NOT NULL,
  full_name TEXT GENERATED ALWAYS AS (last || ', ' || first) STORED);
-- rows
INSERT INTO people (id, first, last) VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing');
