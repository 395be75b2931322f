-- case: no-op: INT(11) vs INT and INTEGER
-- engines: mysql
-- current
CREATE TABLE items (id INT(11) NOT NULL PRIMARY KEY, qty INTEGER NOT NULL);
-- desired
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, qty INT(11) NOT NULL);
-- rows
INSERT INTO items (id, qty) VALUES (1, 1), (2, 2);
