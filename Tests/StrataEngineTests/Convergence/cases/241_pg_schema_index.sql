-- case: index added on a table in a non-public schema
-- engines: postgresql
-- current
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL);
-- desired
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL);
CREATE INDEX ix_invoices_customer ON billing.invoices (customer_id);
-- rows
INSERT INTO billing.invoices (id, customer_id) VALUES (1, 10), (2, 11);
