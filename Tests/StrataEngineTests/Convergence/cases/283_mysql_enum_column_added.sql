-- case: new NOT NULL ENUM column (first value is the implicit default)
-- engines: mysql
-- current
CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(80) NOT NULL);
-- desired
CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(80) NOT NULL, visibility ENUM('public', 'private') NOT NULL DEFAULT 'public');
-- rows
INSERT INTO posts (id, title) VALUES (1, 'hello'), (2, 'world');
