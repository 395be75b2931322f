-- case: two adjacent columns swapped
-- engines: mysql
-- current
CREATE TABLE points (id INT PRIMARY KEY, y INT NOT NULL, x INT NOT NULL);
-- desired
CREATE TABLE points (id INT PRIMARY KEY, x INT NOT NULL, y INT NOT NULL);
-- rows
INSERT INTO points (id, x, y) VALUES (1, 10, 20), (2, 30, 40);
