-- case: no-op: BOOLEAN vs BOOL vs TINYINT(1)
-- engines: mysql
-- current
CREATE TABLE flags (id INT PRIMARY KEY, a BOOLEAN NOT NULL DEFAULT FALSE, b BOOL);
-- desired
CREATE TABLE flags (id INT PRIMARY KEY, a TINYINT(1) NOT NULL DEFAULT 0, b TINYINT(1));
-- rows
INSERT INTO flags (id, a, b) VALUES (1, TRUE, NULL), (2, FALSE, TRUE);
