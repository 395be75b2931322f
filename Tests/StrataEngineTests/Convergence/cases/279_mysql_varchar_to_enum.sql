-- case: VARCHAR column converted to ENUM
-- engines: mysql
-- current
CREATE TABLE orders (id INT PRIMARY KEY, state VARCHAR(10) NOT NULL);
-- desired
CREATE TABLE orders (id INT PRIMARY KEY, state ENUM('new', 'paid', 'shipped') NOT NULL);
-- rows
INSERT INTO orders (id, state) VALUES (1, 'new'), (2, 'shipped');
