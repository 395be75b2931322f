-- case: DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3) added
-- engines: mysql
-- current
CREATE TABLE ticks (id INT PRIMARY KEY, at DATETIME(3));
-- desired
CREATE TABLE ticks (id INT PRIMARY KEY, at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3));
-- rows
INSERT INTO ticks (id, at) VALUES (1, '2024-01-01 10:00:00.123'), (2, NULL);
