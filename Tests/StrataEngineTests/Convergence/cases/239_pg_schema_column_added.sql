-- case: column added to a table in a non-public schema
-- engines: postgresql
-- current
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, total NUMERIC(10,2) NOT NULL);
-- desired
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, total NUMERIC(10,2) NOT NULL, paid BOOLEAN NOT NULL DEFAULT false);
-- rows
INSERT INTO billing.invoices (id, total) VALUES (1, 10.00), (2, 20.00);
