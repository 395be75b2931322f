-- case: table engine changed from InnoDB to MyISAM
-- engines: mysql
-- current
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=InnoDB;
-- desired
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=MyISAM;
-- rows
INSERT INTO logs (id, line) VALUES (1, 'start'), (2, 'stop');
