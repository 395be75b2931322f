-- case: no-op: INT vs INTEGER on non-key columns
-- engines: postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, qty INT NOT NULL, note CHARACTER VARYING(20));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, note VARCHAR(20));
-- rows
INSERT INTO items (id, qty, note) VALUES (1, 1, NULL), (2, 2, 'x');
