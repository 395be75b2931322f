-- case: column comment removed
-- engines: mysql
-- current
CREATE TABLE items (id INT PRIMARY KEY COMMENT 'surrogate key', name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
