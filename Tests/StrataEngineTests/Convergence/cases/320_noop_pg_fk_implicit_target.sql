-- case: no-op: REFERENCES parent vs REFERENCES parent (id)
-- engines: postgresql
-- current
CREATE TABLE parents (id INTEGER PRIMARY KEY);
CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parents);
-- desired
CREATE TABLE parents (id INTEGER PRIMARY KEY);
CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parents (id) ON DELETE NO ACTION);
-- rows
INSERT INTO parents (id) VALUES (1), (2);
INSERT INTO children (id, parent_id) VALUES (1, 1), (2, NULL);
