-- case: foreign key to a table in another schema
-- engines: postgresql
-- current
CREATE SCHEMA other;
CREATE TABLE other.regions (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
CREATE TABLE shops (id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL, name VARCHAR(40) NOT NULL);
-- desired
CREATE SCHEMA other;
CREATE TABLE other.regions (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
CREATE TABLE shops (id INTEGER PRIMARY KEY, region_id INTEGER NOT NULL, name VARCHAR(40) NOT NULL,
  CONSTRAINT fk_shops_region FOREIGN KEY (region_id) REFERENCES other.regions (id));
-- rows
INSERT INTO other.regions (id, name) VALUES (1, 'north'), (2, 'south');
INSERT INTO shops (id, region_id, name) VALUES (1, 1, 'Oslo'), (2, 2, 'Faro');
