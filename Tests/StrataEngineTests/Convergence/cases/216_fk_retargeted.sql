-- case: foreign key retargeted to another table
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE old_users (id INTEGER PRIMARY KEY, name VARCHAR(50));
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));
CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL,
  CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES old_users (id));
-- desired
CREATE TABLE old_users (id INTEGER PRIMARY KEY, name VARCHAR(50));
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));
CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL,
  CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES users (id));
-- rows
INSERT INTO old_users (id, name) VALUES (1, 'ann'), (2, 'bob');
INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob');
INSERT INTO posts (id, author_id) VALUES (1, 1), (2, 2);
