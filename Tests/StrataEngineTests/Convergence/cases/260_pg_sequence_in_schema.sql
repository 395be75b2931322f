-- case: sequence in a non-public schema created
-- engines: postgresql
-- current
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, total NUMERIC(10,2));
-- desired
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, total NUMERIC(10,2));
CREATE SEQUENCE billing.invoice_no START WITH 1 INCREMENT BY 1;
-- rows
INSERT INTO billing.invoices (id, total) VALUES (1, 10.00), (2, NULL);
