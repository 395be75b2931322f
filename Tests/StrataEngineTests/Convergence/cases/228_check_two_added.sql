-- case: two check constraints added on one table
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE people (id INTEGER PRIMARY KEY, age INTEGER, email VARCHAR(100));
-- desired
CREATE TABLE people (id INTEGER PRIMARY KEY, age INTEGER, email VARCHAR(100),
  CONSTRAINT ck_people_age CHECK (age BETWEEN 0 AND 150),
  CONSTRAINT ck_people_email CHECK (email LIKE '%@%'));
-- rows
INSERT INTO people (id, age, email) VALUES (1, 30, 'a@x.org'), (2, NULL, NULL);
