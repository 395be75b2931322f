-- case: widen an indexed VARCHAR
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(50) NOT NULL);
CREATE UNIQUE INDEX ux_users_email ON users (email);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(191) NOT NULL);
CREATE UNIQUE INDEX ux_users_email ON users (email);
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
