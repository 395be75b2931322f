-- case: table default charset changed, existing column keeps its own charset
-- engines: mysql
-- current
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci) DEFAULT CHARSET=utf8mb4;
-- desired
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci) DEFAULT CHARSET=latin1;
-- rows
INSERT INTO notes (id, body) VALUES (1, 'a'), (2, 'b');
