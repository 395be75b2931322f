-- case: one table dropped and an unrelated one created
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE legacy_log (id INTEGER PRIMARY KEY, line VARCHAR(200));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, item_id INTEGER, action VARCHAR(20) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
INSERT INTO legacy_log (id, line) VALUES (1, 'start'), (2, 'stop');
