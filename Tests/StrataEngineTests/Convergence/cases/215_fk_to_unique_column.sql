-- case: foreign key referencing a UNIQUE (non-key) column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE countries (id INTEGER PRIMARY KEY, iso CHAR(2) NOT NULL, CONSTRAINT uq_countries_iso UNIQUE (iso));
CREATE TABLE airports (id INTEGER PRIMARY KEY, iata CHAR(3) NOT NULL, country_iso CHAR(2) NOT NULL);
-- desired
CREATE TABLE countries (id INTEGER PRIMARY KEY, iso CHAR(2) NOT NULL, CONSTRAINT uq_countries_iso UNIQUE (iso));
CREATE TABLE airports (id INTEGER PRIMARY KEY, iata CHAR(3) NOT NULL, country_iso CHAR(2) NOT NULL,
  CONSTRAINT fk_airports_country FOREIGN KEY (country_iso) REFERENCES countries (iso));
-- rows
INSERT INTO countries (id, iso) VALUES (1, 'NO'), (2, 'PT');
INSERT INTO airports (id, iata, country_iso) VALUES (1, 'OSL', 'NO'), (2, 'OPO', 'PT');
