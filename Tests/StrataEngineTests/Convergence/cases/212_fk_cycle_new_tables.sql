-- case: two new tables that reference each other
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES users (id), primary_wallet_id INTEGER);
CREATE TABLE wallets (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL);
ALTER TABLE accounts ADD CONSTRAINT fk_accounts_wallet FOREIGN KEY (primary_wallet_id) REFERENCES wallets (id);
ALTER TABLE wallets ADD CONSTRAINT fk_wallets_account FOREIGN KEY (account_id) REFERENCES accounts (id);
-- desired sqlite
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES users (id), primary_wallet_id INTEGER,
  CONSTRAINT fk_accounts_wallet FOREIGN KEY (primary_wallet_id) REFERENCES wallets (id));
CREATE TABLE wallets (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,
  CONSTRAINT fk_wallets_account FOREIGN KEY (account_id) REFERENCES accounts (id));
-- desired mysql
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner_id INTEGER, primary_wallet_id INTEGER,
  CONSTRAINT fk_accounts_owner FOREIGN KEY (owner_id) REFERENCES users (id));
CREATE TABLE wallets (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL);
ALTER TABLE accounts ADD CONSTRAINT fk_accounts_wallet FOREIGN KEY (primary_wallet_id) REFERENCES wallets (id);
ALTER TABLE wallets ADD CONSTRAINT fk_wallets_account FOREIGN KEY (account_id) REFERENCES accounts (id);
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
