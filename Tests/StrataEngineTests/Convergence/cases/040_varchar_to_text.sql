-- case: VARCHAR to TEXT
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200));
-- desired
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
-- rows
INSERT INTO notes (id, body) VALUES (1, 'short'), (2, NULL);
