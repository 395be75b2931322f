-- case: table engine changed from Aria to InnoDB
-- engines: mysql
-- current
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=Aria;
-- desired
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=InnoDB;
-- rows
INSERT INTO logs (id, line) VALUES (1, 'start'), (2, 'stop');
