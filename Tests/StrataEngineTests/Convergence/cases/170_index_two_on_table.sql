-- case: two indexes added on one table, one dropped on another
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER, y INTEGER);
CREATE TABLE b (id INTEGER PRIMARY KEY, z INTEGER);
CREATE INDEX ix_b_z ON b (z);
-- desired
CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER, y INTEGER);
CREATE TABLE b (id INTEGER PRIMARY KEY, z INTEGER);
CREATE INDEX ix_a_x ON a (x);
CREATE INDEX ix_a_y ON a (y);
-- rows
INSERT INTO a (id, x, y) VALUES (1, 1, 2), (2, 3, 4);
INSERT INTO b (id, z) VALUES (1, 5), (2, 6);
