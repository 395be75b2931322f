-- case: column-level UNIQUE added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, nick VARCHAR(30) NOT NULL);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, nick VARCHAR(30) NOT NULL UNIQUE);
-- rows
INSERT INTO users (id, nick) VALUES (1, 'ann'), (2, 'bob');
