-- case: CRM (MariaDB): engine, charset, ENUM, column order, prefix index, ON UPDATE timestamp
-- engines: mysql
-- current
CREATE TABLE accounts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE TABLE contacts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(150) NOT NULL, account_id INT NOT NULL,
  kind ENUM('lead', 'customer') NOT NULL DEFAULT 'lead',
  CONSTRAINT fk_contacts_account FOREIGN KEY (account_id) REFERENCES accounts (id)) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE TABLE notes (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, contact_id INT NOT NULL, body TEXT,
  CONSTRAINT fk_notes_contact FOREIGN KEY (contact_id) REFERENCES contacts (id)) ENGINE=InnoDB DEFAULT CHARSET=latin1;
-- desired
CREATE TABLE accounts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, KEY ix_accounts_name (name(20))) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='companies';
CREATE TABLE contacts (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL, email VARCHAR(150) NOT NULL,
  kind ENUM('lead', 'prospect', 'customer') NOT NULL DEFAULT 'lead',
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_contacts_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE) ENGINE=InnoDB DEFAULT CHARSET=latin1;
CREATE TABLE notes (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, contact_id INT NOT NULL, body MEDIUMTEXT,
  CONSTRAINT fk_notes_contact FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE) ENGINE=InnoDB DEFAULT CHARSET=latin1;
-- rows
INSERT INTO accounts (id, name) VALUES (1, 'Acme'), (2, 'Globex');
INSERT INTO contacts (id, email, account_id, kind) VALUES (1, 'wile@acme.example', 1, 'customer'), (2, 'hank@globex.example', 2, 'lead');
INSERT INTO notes (id, contact_id, body) VALUES (1, 1, 'likes rockets'), (2, 2, NULL);
