-- case: add a new column with DEFAULT CURRENT_TIMESTAMP (SQLite cannot ALTER ADD it)
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL, created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
-- rows
INSERT INTO posts (id, title) VALUES (1, 'hello'), (2, 'world');
