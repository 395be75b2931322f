-- case: a column added in the middle (AFTER)
-- engines: mysql
-- current
CREATE TABLE people (id INT PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40));
-- desired
CREATE TABLE people (id INT PRIMARY KEY, first_name VARCHAR(40), middle_name VARCHAR(40), last_name VARCHAR(40));
-- rows
INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'L'), (2, 'Alan', 'T');
