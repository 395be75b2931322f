-- case: rename one column and add another (hint)
-- engines: sqlite postgresql mysql
-- rename: people.fname=first_name
-- current
CREATE TABLE people (id INTEGER PRIMARY KEY, fname VARCHAR(40) NOT NULL);
-- desired
CREATE TABLE people (id INTEGER PRIMARY KEY, first_name VARCHAR(40) NOT NULL, last_name VARCHAR(40));
-- rows
INSERT INTO people (id, fname) VALUES (1, 'Ada'), (2, 'Alan');
