-- case: add DEFAULT CURRENT_TIMESTAMP to a timestamp column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TIMESTAMP NULL);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP);
-- rows
INSERT INTO posts (id, created_at) VALUES (1, '2024-01-01 10:00:00'), (2, NULL);
