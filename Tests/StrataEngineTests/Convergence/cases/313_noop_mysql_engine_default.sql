-- case: no-op: ENGINE=InnoDB written out vs the server default
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50)) ENGINE=InnoDB;
-- desired
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50));
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
