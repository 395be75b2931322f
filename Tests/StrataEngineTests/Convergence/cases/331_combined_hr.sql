-- case: HR: self-reference, composite PK change, type changes, defaults, index swap
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE departments (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
CREATE TABLE employees (id INTEGER PRIMARY KEY, department_id INTEGER NOT NULL, name VARCHAR(50) NOT NULL,
  manager_id INTEGER, salary INTEGER,
  CONSTRAINT fk_emp_dept FOREIGN KEY (department_id) REFERENCES departments (id));
CREATE TABLE assignments (employee_id INTEGER NOT NULL, project VARCHAR(30) NOT NULL, hours SMALLINT,
  PRIMARY KEY (employee_id),
  CONSTRAINT fk_asg_emp FOREIGN KEY (employee_id) REFERENCES employees (id));
CREATE INDEX ix_emp_name ON employees (name);
-- desired
CREATE TABLE departments (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, budget DECIMAL(12,2) DEFAULT 0);
CREATE TABLE employees (id INTEGER PRIMARY KEY, department_id INTEGER NOT NULL, name VARCHAR(50) NOT NULL,
  manager_id INTEGER, salary DECIMAL(10,2),
  CONSTRAINT fk_emp_dept FOREIGN KEY (department_id) REFERENCES departments (id),
  CONSTRAINT fk_emp_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL);
CREATE TABLE assignments (employee_id INTEGER NOT NULL, project VARCHAR(30) NOT NULL, hours INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (employee_id, project),
  CONSTRAINT fk_asg_emp FOREIGN KEY (employee_id) REFERENCES employees (id));
CREATE INDEX ix_emp_dept_name ON employees (department_id, name);
-- rows
INSERT INTO departments (id, name) VALUES (1, 'R&D'), (2, 'Sales');
INSERT INTO employees (id, department_id, name, manager_id, salary) VALUES (1, 1, 'Boss', NULL, 9000), (2, 1, 'Ann', 1, 5000), (3, 2, 'Bob', 1, 4000);
INSERT INTO assignments (employee_id, project, hours) VALUES (1, 'alpha', 10), (2, 'beta', 20);
