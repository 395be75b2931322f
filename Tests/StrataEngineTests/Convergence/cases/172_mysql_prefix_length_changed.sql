-- case: prefix length of an index changed
-- engines: mysql
-- current
CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(255) NOT NULL, KEY ix_posts_title (title(10)));
-- desired
CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(255) NOT NULL, KEY ix_posts_title (title(32)));
-- rows
INSERT INTO posts (id, title) VALUES (1, 'Hello world'), (2, 'Second post');
