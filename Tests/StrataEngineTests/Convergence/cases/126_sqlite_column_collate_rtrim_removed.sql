-- case: COLLATE RTRIM removed from a column
-- engines: sqlite
-- current
CREATE TABLE codes (id INTEGER PRIMARY KEY, code TEXT COLLATE RTRIM);
-- desired
CREATE TABLE codes (id INTEGER PRIMARY KEY, code TEXT);
-- rows
INSERT INTO codes (id, code) VALUES (1, 'A1'), (2, 'B2');
