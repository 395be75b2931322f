-- case: engine, charset and comment changed together
-- engines: mysql
-- current
CREATE TABLE legacy (id INT PRIMARY KEY, name VARCHAR(50)) ENGINE=MyISAM DEFAULT CHARSET=latin1;
-- desired
CREATE TABLE legacy (id INT PRIMARY KEY, name VARCHAR(50)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='migrated';
-- rows
INSERT INTO legacy (id, name) VALUES (1, 'a'), (2, 'b');
