-- case: add a string default to an existing column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE tasks (id INTEGER PRIMARY KEY, status VARCHAR(10));
-- desired
CREATE TABLE tasks (id INTEGER PRIMARY KEY, status VARCHAR(10) DEFAULT 'todo');
-- rows
INSERT INTO tasks (id, status) VALUES (1, 'done'), (2, NULL);
