-- case: PostgreSQL: a table in another schema, an enum value removed (unused), a text column turned into integer (USING)
-- engines: postgresql
-- current
CREATE SCHEMA billing;
CREATE TYPE status AS ENUM ('new', 'old', 'gone');
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, status status NOT NULL DEFAULT 'new', amount TEXT);
-- desired
CREATE SCHEMA billing;
CREATE TYPE status AS ENUM ('new', 'old');
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, status status NOT NULL DEFAULT 'new', amount INTEGER);
CREATE TABLE billing.lines (id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES billing.invoices (id) DEFERRABLE INITIALLY DEFERRED);
CREATE SEQUENCE billing.numbers START WITH 100 INCREMENT BY 5;
-- rows
INSERT INTO billing.invoices (id, status, amount) VALUES (1, 'new', '10'), (2, 'old', '20');
