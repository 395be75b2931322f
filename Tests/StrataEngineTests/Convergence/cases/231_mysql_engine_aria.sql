-- case: table engine changed from MyISAM to Aria
-- engines: mysql
-- current
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=MyISAM;
-- desired
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=Aria;
-- rows
INSERT INTO logs (id, line) VALUES (1, 'start'), (2, 'stop');
