-- case: an expression default changed
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE codes (id INTEGER PRIMARY KEY, tag VARCHAR(10) DEFAULT (lower('X')));
-- desired
CREATE TABLE codes (id INTEGER PRIMARY KEY, tag VARCHAR(10) DEFAULT (upper('y')));
-- rows
INSERT INTO codes (id, tag) VALUES (1, 'a'), (2, 'b');
