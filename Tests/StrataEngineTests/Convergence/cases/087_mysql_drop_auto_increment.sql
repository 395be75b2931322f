-- case: remove AUTO_INCREMENT from a primary key
-- engines: mysql
-- current
CREATE TABLE items (id INT NOT NULL AUTO_INCREMENT, name VARCHAR(50) NOT NULL, PRIMARY KEY (id));
-- desired
CREATE TABLE items (id INT NOT NULL, name VARCHAR(50) NOT NULL, PRIMARY KEY (id));
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
