-- case: index column gets DESC NULLS LAST
-- engines: postgresql
-- current
CREATE TABLE tasks (id INTEGER PRIMARY KEY, due DATE);
CREATE INDEX ix_tasks_due ON tasks (due);
-- desired
CREATE TABLE tasks (id INTEGER PRIMARY KEY, due DATE);
CREATE INDEX ix_tasks_due ON tasks (due DESC NULLS LAST);
-- rows
INSERT INTO tasks (id, due) VALUES (1, '2024-06-01'), (2, NULL);
