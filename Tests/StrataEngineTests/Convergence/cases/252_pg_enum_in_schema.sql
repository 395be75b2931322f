-- case: enum in a non-public schema gets a value
-- engines: postgresql
-- current
CREATE SCHEMA app;
CREATE TYPE app.role AS ENUM ('user', 'admin');
CREATE TABLE app.members (id INTEGER PRIMARY KEY, r app.role NOT NULL);
-- desired
CREATE SCHEMA app;
CREATE TYPE app.role AS ENUM ('user', 'moderator', 'admin');
CREATE TABLE app.members (id INTEGER PRIMARY KEY, r app.role NOT NULL);
-- rows
INSERT INTO app.members (id, r) VALUES (1, 'user'), (2, 'admin');
