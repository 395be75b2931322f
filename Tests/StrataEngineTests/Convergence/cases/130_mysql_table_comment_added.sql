-- case: table comment added
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL) COMMENT='catalogue items';
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
