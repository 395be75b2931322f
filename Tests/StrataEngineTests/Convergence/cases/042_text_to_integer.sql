-- case: numeric-looking text to INTEGER (PostgreSQL needs USING)
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE parcels (id INTEGER PRIMARY KEY, weight VARCHAR(10));
-- desired
CREATE TABLE parcels (id INTEGER PRIMARY KEY, weight INTEGER);
-- rows
INSERT INTO parcels (id, weight) VALUES (1, '12'), (2, '250'), (3, NULL);
