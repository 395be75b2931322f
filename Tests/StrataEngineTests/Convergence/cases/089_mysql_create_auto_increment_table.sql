-- case: create a table with an AUTO_INCREMENT key
-- engines: mysql
-- current
CREATE TABLE items (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE comments (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, item_id INT NOT NULL, body TEXT);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
