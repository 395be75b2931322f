-- case: a table and one of its columns renamed, the column hint naming the table as it is now
-- engines: sqlite postgresql mysql
-- rename: customers=clients
-- rename: customers.fullname=display_name
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, fullname VARCHAR(80) NOT NULL, city VARCHAR(40));
-- desired
CREATE TABLE clients (id INTEGER PRIMARY KEY, display_name VARCHAR(80) NOT NULL, city VARCHAR(40));
-- rows
INSERT INTO customers (id, fullname, city) VALUES (1, 'Ada', 'London'), (2, 'Alan', NULL);
