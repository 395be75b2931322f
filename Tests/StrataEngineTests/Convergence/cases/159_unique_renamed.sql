-- case: unique constraint renamed
-- engines: postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, CONSTRAINT uq_email UNIQUE (email));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, CONSTRAINT uq_users_email UNIQUE (email));
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
