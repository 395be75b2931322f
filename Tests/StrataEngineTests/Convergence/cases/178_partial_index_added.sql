-- case: partial index (WHERE) added
-- engines: sqlite postgresql
-- current
CREATE TABLE tasks (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL, due DATE);
-- desired
CREATE TABLE tasks (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL, due DATE);
CREATE INDEX ix_tasks_open_due ON tasks (due) WHERE status = 'open';
-- rows
INSERT INTO tasks (id, status, due) VALUES (1, 'open', '2024-06-01'), (2, 'done', NULL);
