-- case: SPATIAL index on a NOT NULL POINT column (InnoDB)
-- engines: mysql
-- current
CREATE TABLE places (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, location POINT NOT NULL) ENGINE=InnoDB;
-- desired
CREATE TABLE places (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, location POINT NOT NULL, SPATIAL KEY sx_places_location (location)) ENGINE=InnoDB;
-- rows
INSERT INTO places (id, name, location) VALUES (1, 'Oslo', ST_GeomFromText('POINT(10.75 59.91)')), (2, 'Porto', ST_GeomFromText('POINT(-8.61 41.15)'));
