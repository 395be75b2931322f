-- case: COLLATE "POSIX" removed from a column
-- engines: postgresql
-- current
CREATE TABLE words (id INTEGER PRIMARY KEY, word TEXT COLLATE "POSIX");
-- desired
CREATE TABLE words (id INTEGER PRIMARY KEY, word TEXT);
-- rows
INSERT INTO words (id, word) VALUES (1, 'apple'), (2, 'Banana');
