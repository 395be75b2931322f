-- case: primary key change rebuilds a table and its unique index
-- engines: sqlite
-- current
CREATE TABLE accounts (id INTEGER NOT NULL, code TEXT NOT NULL, owner TEXT, PRIMARY KEY (id));
CREATE UNIQUE INDEX ux_accounts_owner_code ON accounts (owner, code);
CREATE VIEW account_codes AS SELECT code FROM accounts;
-- desired
CREATE TABLE accounts (id INTEGER NOT NULL, code TEXT NOT NULL, owner TEXT, PRIMARY KEY (code));
CREATE UNIQUE INDEX ux_accounts_owner_code ON accounts (owner, code);
CREATE VIEW account_codes AS SELECT code FROM accounts;
-- rows
INSERT INTO accounts (id, code, owner) VALUES (1, 'A-1', 'ann'), (2, 'B-2', 'bob');
