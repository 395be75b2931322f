-- case: INTEGER to a text type (PostgreSQL needs USING)
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE parcels (id INTEGER PRIMARY KEY, zip INTEGER NOT NULL);
-- desired
CREATE TABLE parcels (id INTEGER PRIMARY KEY, zip TEXT NOT NULL);
-- desired mysql
CREATE TABLE parcels (id INTEGER PRIMARY KEY, zip VARCHAR(12) NOT NULL);
-- rows
INSERT INTO parcels (id, zip) VALUES (1, 1000), (2, 90210);
