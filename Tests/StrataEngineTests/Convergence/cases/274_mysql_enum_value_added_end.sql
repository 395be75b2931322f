-- case: ENUM value added at the end
-- engines: mysql
-- current
CREATE TABLE shirts (id INT PRIMARY KEY, size ENUM('S', 'M') NOT NULL);
-- desired
CREATE TABLE shirts (id INT PRIMARY KEY, size ENUM('S', 'M', 'L') NOT NULL);
-- rows
INSERT INTO shirts (id, size) VALUES (1, 'S'), (2, 'M');
