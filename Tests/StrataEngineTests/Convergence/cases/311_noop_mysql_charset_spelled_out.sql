-- case: no-op: column charset/collation equal to the table's, written out
-- engines: mysql
-- current
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- desired
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- rows
INSERT INTO notes (id, body) VALUES (1, 'a'), (2, NULL);
