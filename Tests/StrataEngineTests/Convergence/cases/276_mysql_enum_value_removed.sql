-- case: unused ENUM value removed
-- engines: mysql
-- current
CREATE TABLE posts (id INT PRIMARY KEY, status ENUM('draft', 'review', 'published') NOT NULL DEFAULT 'draft');
-- desired
CREATE TABLE posts (id INT PRIMARY KEY, status ENUM('draft', 'published') NOT NULL DEFAULT 'draft');
-- rows
INSERT INTO posts (id, status) VALUES (1, 'draft'), (2, 'published');
