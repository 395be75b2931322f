-- case: ENUM value added in the middle
-- engines: mysql
-- current
CREATE TABLE shirts (id INT PRIMARY KEY, size ENUM('S', 'L') NOT NULL);
-- desired
CREATE TABLE shirts (id INT PRIMARY KEY, size ENUM('S', 'M', 'L') NOT NULL);
-- rows
INSERT INTO shirts (id, size) VALUES (1, 'S'), (2, 'L');
