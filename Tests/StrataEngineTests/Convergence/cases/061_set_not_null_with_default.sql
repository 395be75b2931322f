-- case: make a column with a default NOT NULL
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE tasks (id INTEGER PRIMARY KEY, status VARCHAR(10) DEFAULT 'todo');
-- desired
CREATE TABLE tasks (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL DEFAULT 'todo');
-- rows
INSERT INTO tasks (id, status) VALUES (1, 'todo'), (2, 'done');
