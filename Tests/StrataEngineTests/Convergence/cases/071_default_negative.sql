-- case: add a negative number default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE sensors (id INTEGER PRIMARY KEY, offset_mv INTEGER);
-- desired
CREATE TABLE sensors (id INTEGER PRIMARY KEY, offset_mv INTEGER DEFAULT -1);
-- rows
INSERT INTO sensors (id, offset_mv) VALUES (1, 3), (2, NULL);
