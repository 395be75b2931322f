-- case: drop two columns
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, fax VARCHAR(30), pager VARCHAR(30));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- rows
INSERT INTO users (id, email, fax, pager) VALUES (1, 'a@x.org', '555', NULL), (2, 'b@x.org', NULL, '777');
