-- case: column collation changed to utf8mb4_unicode_ci
-- engines: mysql
-- current
CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(40) NOT NULL) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- desired
CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(40) COLLATE utf8mb4_unicode_ci NOT NULL) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
-- rows
INSERT INTO tags (id, label) VALUES (1, 'alpha'), (2, 'beta');
