-- case: blog: renamed column, new NOT NULL column, unique added, check added, view, table dropped
-- engines: sqlite postgresql mysql
-- rename: posts.headline=title
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, handle VARCHAR(30) NOT NULL, bio TEXT);
CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, headline VARCHAR(100) NOT NULL, words INTEGER,
  CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES authors (id));
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL, body TEXT NOT NULL,
  CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id));
CREATE TABLE pingbacks (id INTEGER PRIMARY KEY, url VARCHAR(200));
-- desired
CREATE TABLE authors (id INTEGER PRIMARY KEY, handle VARCHAR(30) NOT NULL, bio TEXT, CONSTRAINT uq_authors_handle UNIQUE (handle));
CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(100) NOT NULL, words INTEGER,
  published BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT ck_posts_words CHECK (words >= 0));
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL, body TEXT NOT NULL,
  CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE);
CREATE VIEW post_titles AS SELECT p.id, p.title, a.handle FROM posts p JOIN authors a ON a.id = p.author_id;
-- rows
INSERT INTO authors (id, handle, bio) VALUES (1, 'ann', NULL), (2, 'bob', 'writes');
INSERT INTO posts (id, author_id, headline, words) VALUES (1, 1, 'Hello', 120), (2, 2, 'Second', NULL);
INSERT INTO comments (id, post_id, body) VALUES (1, 1, 'nice'), (2, 1, 'thanks');
INSERT INTO pingbacks (id, url) VALUES (1, 'http://a.example'), (2, NULL);
