-- case: table comment changed
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL) COMMENT='items';
-- desired
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL) COMMENT='things we sell';
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
