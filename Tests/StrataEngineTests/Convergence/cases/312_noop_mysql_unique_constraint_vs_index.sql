-- case: no-op: UNIQUE constraint vs CREATE UNIQUE INDEX of the same name
-- engines: mysql
-- current
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, CONSTRAINT ux_users_email UNIQUE (email));
-- desired
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX ux_users_email ON users (email);
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
