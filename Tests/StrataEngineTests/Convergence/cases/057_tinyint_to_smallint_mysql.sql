-- case: TINYINT to SMALLINT
-- engines: mysql
-- current
CREATE TABLE levels (id INT PRIMARY KEY, lvl TINYINT NOT NULL);
-- desired
CREATE TABLE levels (id INT PRIMARY KEY, lvl SMALLINT NOT NULL);
-- rows
INSERT INTO levels (id, lvl) VALUES (1, 127), (2, -5);
