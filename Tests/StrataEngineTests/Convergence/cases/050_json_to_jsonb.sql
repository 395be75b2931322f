-- case: JSON to JSONB
-- engines: postgresql
-- current
CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSON NOT NULL);
-- desired
CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSONB NOT NULL);
-- rows
INSERT INTO docs (id, body) VALUES (1, '{"a": 1}'), (2, '[1, 2, 3]');
