-- case: an arithmetic expression default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE boxes (id INTEGER PRIMARY KEY, volume INTEGER);
-- desired
CREATE TABLE boxes (id INTEGER PRIMARY KEY, volume INTEGER DEFAULT (2 * 3));
-- rows
INSERT INTO boxes (id, volume) VALUES (1, 6), (2, 10);
