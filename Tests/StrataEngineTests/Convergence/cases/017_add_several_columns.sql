-- case: add three columns of different types
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(60) NOT NULL);
-- desired
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(60) NOT NULL, born DATE, credit DECIMAL(10,2) DEFAULT 0.00, vip BOOLEAN DEFAULT FALSE);
-- rows
INSERT INTO customers (id, name) VALUES (1, 'Ann'), (2, 'Bob');
