-- case: no-op: INT4 vs INTEGER vs INT, INT8 vs BIGINT
-- engines: postgresql
-- current
CREATE TABLE items (id INT4 PRIMARY KEY, qty INT, total INT8);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER, total BIGINT);
-- rows
INSERT INTO items (id, qty, total) VALUES (1, 1, 10), (2, 2, NULL);
