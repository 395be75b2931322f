-- case: smoke test of the harness: add a column, add an index
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, note VARCHAR(20) DEFAULT 'x');
CREATE INDEX ix_items_name ON items (name);
-- rows
INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b');
