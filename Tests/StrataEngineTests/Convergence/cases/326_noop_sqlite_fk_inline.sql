-- case: no-op: inline REFERENCES vs table-level FOREIGN KEY
-- engines: sqlite
-- current
CREATE TABLE parents (id INTEGER PRIMARY KEY);
CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parents (id));
-- desired
CREATE TABLE parents (id INTEGER PRIMARY KEY);
CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER, FOREIGN KEY (parent_id) REFERENCES parents (id));
-- rows
INSERT INTO parents (id) VALUES (1), (2);
INSERT INTO children (id, parent_id) VALUES (1, 1), (2, NULL);
