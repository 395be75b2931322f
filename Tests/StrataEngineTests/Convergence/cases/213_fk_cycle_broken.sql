-- case: one edge of a foreign-key cycle dropped
-- engines: postgresql mysql
-- current
CREATE TABLE departments (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, head_id INTEGER);
CREATE TABLE staff (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, department_id INTEGER);
ALTER TABLE departments ADD CONSTRAINT fk_departments_head FOREIGN KEY (head_id) REFERENCES staff (id);
ALTER TABLE staff ADD CONSTRAINT fk_staff_department FOREIGN KEY (department_id) REFERENCES departments (id);
-- desired
CREATE TABLE departments (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, head_id INTEGER);
CREATE TABLE staff (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, department_id INTEGER);
ALTER TABLE staff ADD CONSTRAINT fk_staff_department FOREIGN KEY (department_id) REFERENCES departments (id);
-- rows
INSERT INTO departments (id, name, head_id) VALUES (1, 'R&D', NULL), (2, 'Sales', NULL);
INSERT INTO staff (id, name, department_id) VALUES (1, 'Ann', 1), (2, 'Bob', 2);
