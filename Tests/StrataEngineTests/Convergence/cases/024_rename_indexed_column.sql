-- case: rename a column that is indexed (hint)
-- engines: sqlite postgresql mysql
-- rename: users.mail=email
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, mail VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX ux_users_mail ON users (mail);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX ux_users_mail ON users (email);
-- rows
INSERT INTO users (id, mail) VALUES (1, 'a@x.org'), (2, 'b@x.org');
