-- case: a table renamed and a column renamed through hints, rows kept
-- engines: sqlite postgresql mysql
-- rename: customers=clients
-- rename: clients.fullname=display_name
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, fullname VARCHAR(80) NOT NULL);
-- desired
CREATE TABLE clients (id INTEGER PRIMARY KEY, display_name VARCHAR(80) NOT NULL);
-- rows
INSERT INTO customers (id, fullname) VALUES (1, 'Ada'), (2, 'Alan');
