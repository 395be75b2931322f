-- case: a column moved AFTER another
-- engines: mysql
-- current
CREATE TABLE people (id INT PRIMARY KEY, email VARCHAR(100), first_name VARCHAR(40), last_name VARCHAR(40));
-- desired
CREATE TABLE people (id INT PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40), email VARCHAR(100));
-- rows
INSERT INTO people (id, email, first_name, last_name) VALUES (1, 'a@x.org', 'Ada', 'L'), (2, 'b@x.org', 'Alan', 'T');
