-- case: enum used by two tables gets a value
-- engines: postgresql
-- current
CREATE TYPE currency AS ENUM ('EUR', 'USD');
CREATE TABLE prices (id INTEGER PRIMARY KEY, cur currency NOT NULL);
CREATE TABLE payouts (id INTEGER PRIMARY KEY, cur currency NOT NULL);
-- desired
CREATE TYPE currency AS ENUM ('EUR', 'USD', 'NOK');
CREATE TABLE prices (id INTEGER PRIMARY KEY, cur currency NOT NULL);
CREATE TABLE payouts (id INTEGER PRIMARY KEY, cur currency NOT NULL);
-- rows
INSERT INTO prices (id, cur) VALUES (1, 'EUR'), (2, 'USD');
INSERT INTO payouts (id, cur) VALUES (1, 'USD'), (2, 'USD');
