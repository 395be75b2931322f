-- case: table and the view reading it dropped
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE old_stats (id INTEGER PRIMARY KEY, hits INTEGER NOT NULL);
CREATE VIEW hot_stats AS SELECT id FROM old_stats WHERE hits > 10;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
INSERT INTO old_stats (id, hits) VALUES (1, 5), (2, 50);
