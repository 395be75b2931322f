-- case: no-op: redundant DEFAULT NULL and NULL on nullable columns
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, note VARCHAR(20) NULL DEFAULT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, note VARCHAR(20));
-- rows
INSERT INTO items (id, note) VALUES (1, 'x'), (2, NULL);
