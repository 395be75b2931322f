-- case: rename a table that carries an index (hint)
-- engines: sqlite postgresql mysql
-- rename: people=persons
-- current
CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, city VARCHAR(40));
CREATE INDEX ix_city ON people (city);
-- desired
CREATE TABLE persons (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, city VARCHAR(40));
CREATE INDEX ix_city ON persons (city);
-- rows
INSERT INTO people (id, email, city) VALUES (1, 'a@x.org', 'Oslo'), (2, 'b@x.org', NULL);
