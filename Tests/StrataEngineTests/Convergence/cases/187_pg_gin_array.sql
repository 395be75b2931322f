-- case: GIN index on an array column
-- engines: postgresql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, tags TEXT[] NOT NULL);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, tags TEXT[] NOT NULL);
CREATE INDEX ix_posts_tags ON posts USING gin (tags);
-- rows
INSERT INTO posts (id, tags) VALUES (1, '{swift,sql}'), (2, '{}');
