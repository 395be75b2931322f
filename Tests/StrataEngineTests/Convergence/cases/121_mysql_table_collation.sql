-- case: table default collation changed
-- engines: mysql
-- current
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- desired
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- rows
INSERT INTO notes (id, body) VALUES (1, 'a'), (2, 'b');
