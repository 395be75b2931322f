-- case: column collation changed to a binary collation
-- engines: mysql
-- current
CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(40) COLLATE utf8mb4_general_ci NOT NULL) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- desired
CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(40) COLLATE utf8mb4_bin NOT NULL) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- rows
INSERT INTO tags (id, label) VALUES (1, 'Swift'), (2, 'swift');
