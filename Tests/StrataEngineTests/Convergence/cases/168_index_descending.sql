-- case: index on a descending column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, published DATE NOT NULL);
CREATE INDEX ix_posts_published ON posts (published);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, published DATE NOT NULL);
CREATE INDEX ix_posts_published ON posts (published DESC);
-- rows
INSERT INTO posts (id, published) VALUES (1, '2024-01-01'), (2, '2024-03-01');
