-- case: foreign key between two tables of a non-public schema
-- engines: postgresql
-- current
CREATE SCHEMA shop;
CREATE TABLE shop.customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE shop.orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL);
-- desired
CREATE SCHEMA shop;
CREATE TABLE shop.customers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE shop.orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES shop.customers (id) ON DELETE CASCADE);
-- rows
INSERT INTO shop.customers (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO shop.orders (id, customer_id) VALUES (1, 1), (2, 2);
