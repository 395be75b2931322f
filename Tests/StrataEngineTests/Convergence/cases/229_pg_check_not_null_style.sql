-- case: check constraint using IS NOT NULL OR
-- engines: postgresql
-- current
CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone VARCHAR(20), email VARCHAR(100));
-- desired
CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone VARCHAR(20), email VARCHAR(100),
  CONSTRAINT ck_contacts_reachable CHECK (phone IS NOT NULL OR email IS NOT NULL));
-- rows
INSERT INTO contacts (id, phone, email) VALUES (1, '555', NULL), (2, NULL, 'b@x.org');
