-- case: DATETIME to DATETIME(3)
-- engines: mysql
-- current
CREATE TABLE ticks (id INT PRIMARY KEY, at DATETIME NOT NULL);
-- desired
CREATE TABLE ticks (id INT PRIMARY KEY, at DATETIME(3) NOT NULL);
-- rows
INSERT INTO ticks (id, at) VALUES (1, '2024-05-01 10:00:00'), (2, '2024-05-02 11:30:00');
