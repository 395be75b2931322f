-- case: a column added FIRST
-- engines: mysql
-- current
CREATE TABLE logs (msg VARCHAR(100) NOT NULL, at DATETIME NOT NULL);
-- desired
CREATE TABLE logs (seq INT NOT NULL DEFAULT 0, msg VARCHAR(100) NOT NULL, at DATETIME NOT NULL);
-- rows
INSERT INTO logs (msg, at) VALUES ('start', '2024-01-01 00:00:00'), ('stop', '2024-01-01 01:00:00');
