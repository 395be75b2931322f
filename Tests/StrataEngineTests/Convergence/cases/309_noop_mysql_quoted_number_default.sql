-- case: no-op: DEFAULT '0' vs DEFAULT 0 on an INT
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, qty INT NOT NULL DEFAULT '0');
-- desired
CREATE TABLE items (id INT PRIMARY KEY, qty INT NOT NULL DEFAULT 0);
-- rows
INSERT INTO items (id, qty) VALUES (1, 1), (2, 0);
