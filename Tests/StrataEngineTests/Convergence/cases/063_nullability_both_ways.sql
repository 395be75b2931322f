-- case: one column becomes NOT NULL, another becomes nullable
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone VARCHAR(20), email VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone VARCHAR(20) NOT NULL, email VARCHAR(100));
-- rows
INSERT INTO contacts (id, phone, email) VALUES (1, '555-1', 'a@x.org'), (2, '555-2', 'b@x.org');
