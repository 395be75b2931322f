-- case: no-op: explicit DEFAULT NULL vs none
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, color VARCHAR(10) DEFAULT NULL, size INT NULL);
-- desired
CREATE TABLE items (id INT PRIMARY KEY, color VARCHAR(10), size INT);
-- rows
INSERT INTO items (id, color, size) VALUES (1, 'blue', 1), (2, NULL, NULL);
