-- case: column character set changed from latin1 to utf8mb4
-- engines: mysql
-- current
CREATE TABLE names (id INT PRIMARY KEY, name VARCHAR(50) CHARACTER SET latin1 NOT NULL) DEFAULT CHARSET=utf8mb4;
-- desired
CREATE TABLE names (id INT PRIMARY KEY, name VARCHAR(50) CHARACTER SET utf8mb4 NOT NULL) DEFAULT CHARSET=utf8mb4;
-- rows
INSERT INTO names (id, name) VALUES (1, 'Jose'), (2, 'Zoe');
