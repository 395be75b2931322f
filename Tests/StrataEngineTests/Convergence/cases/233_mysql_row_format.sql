-- case: ROW_FORMAT changed from DYNAMIC to COMPACT
-- engines: mysql
-- current
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;
-- desired
CREATE TABLE logs (id INT PRIMARY KEY, line VARCHAR(200)) ENGINE=InnoDB ROW_FORMAT=COMPACT;
-- rows
INSERT INTO logs (id, line) VALUES (1, 'start'), (2, 'stop');
