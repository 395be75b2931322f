-- case: explicit DEFAULT NULL changed to a value
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY, color VARCHAR(10) DEFAULT NULL);
-- desired
CREATE TABLE items (id INT PRIMARY KEY, color VARCHAR(10) DEFAULT 'red');
-- rows
INSERT INTO items (id, color) VALUES (1, 'blue'), (2, NULL);
