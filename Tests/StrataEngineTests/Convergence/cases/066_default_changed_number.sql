-- case: change a numeric default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL DEFAULT 0);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL DEFAULT 1);
-- rows
INSERT INTO items (id, qty) VALUES (1, 0), (2, 7);
