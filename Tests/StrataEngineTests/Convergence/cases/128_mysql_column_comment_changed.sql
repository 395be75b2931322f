-- case: column comment changed (with a quote)
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, price DECIMAL(10,2) NOT NULL COMMENT 'price');
-- desired
CREATE TABLE items (id INT PRIMARY KEY, price DECIMAL(10,2) NOT NULL COMMENT 'the item''s net price');
-- rows
INSERT INTO items (id, price) VALUES (1, 1.00), (2, 2.50);
