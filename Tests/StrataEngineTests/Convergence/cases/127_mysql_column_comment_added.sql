-- case: column comment added
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, price DECIMAL(10,2) NOT NULL);
-- desired
CREATE TABLE items (id INT PRIMARY KEY, price DECIMAL(10,2) NOT NULL COMMENT 'gross price in EUR');
-- rows
INSERT INTO items (id, price) VALUES (1, 1.00), (2, 2.50);
