-- case: expression index expression changed
-- engines: sqlite postgresql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE INDEX ix_users_email_expr ON users (lower(email));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE INDEX ix_users_email_expr ON users (upper(email));
-- rows
INSERT INTO users (id, email) VALUES (1, 'Ann@X.org'), (2, 'bob@x.org');
