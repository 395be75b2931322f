-- case: an expression default (lower('X'))
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE codes (id INTEGER PRIMARY KEY, tag VARCHAR(10));
-- desired
CREATE TABLE codes (id INTEGER PRIMARY KEY, tag VARCHAR(10) DEFAULT (lower('X')));
-- rows
INSERT INTO codes (id, tag) VALUES (1, 'a'), (2, NULL);
