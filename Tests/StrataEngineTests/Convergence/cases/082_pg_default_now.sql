-- case: DEFAULT now() added
-- engines: postgresql
-- current
CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TIMESTAMPTZ);
-- desired
CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TIMESTAMPTZ DEFAULT now());
-- rows
INSERT INTO posts (id, created_at) VALUES (1, '2024-01-01 10:00:00+00'), (2, NULL);
