-- case: index mixing a column and an expression
-- engines: sqlite postgresql
-- current
CREATE TABLE people (id INTEGER PRIMARY KEY, country CHAR(2) NOT NULL, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE people (id INTEGER PRIMARY KEY, country CHAR(2) NOT NULL, name VARCHAR(50) NOT NULL);
CREATE INDEX ix_people_country_name ON people (country, lower(name));
-- rows
INSERT INTO people (id, country, name) VALUES (1, 'NO', 'Ola'), (2, 'PT', 'Joao');
