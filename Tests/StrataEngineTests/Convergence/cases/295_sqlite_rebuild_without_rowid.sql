-- case: table becomes WITHOUT ROWID
-- engines: sqlite
-- current
CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v TEXT);
-- desired
CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v TEXT) WITHOUT ROWID;
-- rows
INSERT INTO kv (k, v) VALUES ('a', '1'), ('b', '2');
