-- case: column default from an explicit sequence added
-- engines: postgresql
-- current
CREATE TABLE invoices (id INTEGER PRIMARY KEY, number INTEGER);
-- desired
CREATE SEQUENCE invoice_number_seq START WITH 100;
CREATE TABLE invoices (id INTEGER PRIMARY KEY, number INTEGER DEFAULT nextval('invoice_number_seq'));
-- rows
INSERT INTO invoices (id, number) VALUES (1, 1), (2, 2);
