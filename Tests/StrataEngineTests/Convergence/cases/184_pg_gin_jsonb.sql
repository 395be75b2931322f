-- case: GIN index on a JSONB column
-- engines: postgresql
-- current
CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSONB NOT NULL);
-- desired
CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSONB NOT NULL);
CREATE INDEX ix_docs_body ON docs USING gin (body);
-- rows
INSERT INTO docs (id, body) VALUES (1, '{"a": 1}'), (2, '{"b": [1, 2]}');
