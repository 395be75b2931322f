-- case: no-op: whitespace and line breaks in CREATE TABLE
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');
CREATE INDEX ix_items_name ON items (name);
-- desired
CREATE TABLE items (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL DEFAULT 'x'
);
CREATE INDEX ix_items_name ON items(name);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
