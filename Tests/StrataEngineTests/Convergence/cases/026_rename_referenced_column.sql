-- case: rename a column that a foreign key points to (hint)
-- engines: sqlite postgresql mysql
-- rename: countries.code=iso2
-- current
CREATE TABLE countries (code CHAR(2) PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE cities (id INTEGER PRIMARY KEY, country CHAR(2) NOT NULL, name VARCHAR(50) NOT NULL,
  CONSTRAINT fk_cities_country FOREIGN KEY (country) REFERENCES countries (code));
-- desired
CREATE TABLE countries (iso2 CHAR(2) PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE cities (id INTEGER PRIMARY KEY, country CHAR(2) NOT NULL, name VARCHAR(50) NOT NULL,
  CONSTRAINT fk_cities_country FOREIGN KEY (country) REFERENCES countries (iso2));
-- rows
INSERT INTO countries (code, name) VALUES ('NO', 'Norway'), ('PT', 'Portugal');
INSERT INTO cities (id, country, name) VALUES (1, 'NO', 'Oslo'), (2, 'PT', 'Porto');
