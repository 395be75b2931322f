-- case: declared type changed from VARCHAR to BLOB on SQLite
-- engines: sqlite
-- current
CREATE TABLE blobs (id INTEGER PRIMARY KEY, data VARCHAR(50));
-- desired
CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB);
-- rows
INSERT INTO blobs (id, data) VALUES (1, 'abc'), (2, NULL);
