-- case: add a VIRTUAL generated column
-- engines: mysql
-- current
CREATE TABLE boxes (id INT PRIMARY KEY, w INT NOT NULL, h INT NOT NULL);
-- desired
CREATE TABLE boxes (id INT PRIMARY KEY, w INT NOT NULL, h INT NOT NULL, area INT AS (w * h) VIRTUAL);
-- rows
INSERT INTO boxes (id, w, h) VALUES (1, 2, 3), (2, 4, 5);
