-- case: expression index on lower(email)
-- engines: sqlite postgresql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX ux_users_email_lower ON users (lower(email));
-- rows
INSERT INTO users (id, email) VALUES (1, 'Ann@X.org'), (2, 'bob@x.org');
