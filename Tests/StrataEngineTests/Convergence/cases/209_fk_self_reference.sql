-- case: self-referencing foreign key added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE employees (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, manager_id INTEGER);
-- desired
CREATE TABLE employees (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, manager_id INTEGER,
  CONSTRAINT fk_employees_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL);
-- rows
INSERT INTO employees (id, name, manager_id) VALUES (1, 'Boss', NULL), (2, 'Ann', 1), (3, 'Bob', 1);
