-- case: create three tables that must be created in foreign-key order
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE TABLE projects (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL, name VARCHAR(50) NOT NULL,
  CONSTRAINT fk_projects_owner FOREIGN KEY (owner_id) REFERENCES users (id));
CREATE TABLE tasks (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, assignee_id INTEGER, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_tasks_project FOREIGN KEY (project_id) REFERENCES projects (id),
  CONSTRAINT fk_tasks_assignee FOREIGN KEY (assignee_id) REFERENCES users (id));
-- rows
INSERT INTO users (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
