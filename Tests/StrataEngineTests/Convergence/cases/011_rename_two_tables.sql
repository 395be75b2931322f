-- case: rename two tables at once (hints)
-- engines: sqlite postgresql mysql
-- rename: cat=cats
-- rename: dog=dogs
-- current
CREATE TABLE cat (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE dog (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
-- desired
CREATE TABLE cats (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE dogs (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
-- rows
INSERT INTO cat (id, name) VALUES (1, 'Tom'), (2, 'Felix');
INSERT INTO dog (id, name) VALUES (1, 'Rex'), (2, 'Lassie');
