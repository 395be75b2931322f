-- case: TEXT to VARCHAR
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
-- desired
CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(500) NOT NULL);
-- rows
INSERT INTO notes (id, body) VALUES (1, 'short'), (2, 'a bit longer note');
