-- case: primary key INTEGER to BIGINT with a referencing column widened too
-- engines: postgresql mysql
-- current
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE entries (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, amount DECIMAL(12,2) NOT NULL,
  CONSTRAINT fk_entries_account FOREIGN KEY (account_id) REFERENCES accounts (id));
-- desired
CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE entries (id INTEGER PRIMARY KEY, account_id BIGINT NOT NULL, amount DECIMAL(12,2) NOT NULL,
  CONSTRAINT fk_entries_account FOREIGN KEY (account_id) REFERENCES accounts (id));
-- rows
INSERT INTO accounts (id, name) VALUES (1, 'cash'), (2, 'bank');
INSERT INTO entries (id, account_id, amount) VALUES (1, 1, 10.00), (2, 2, -3.50);
