-- case: REAL to DOUBLE PRECISION
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE readings (id INTEGER PRIMARY KEY, value REAL);
-- current mysql
CREATE TABLE readings (id INTEGER PRIMARY KEY, value FLOAT);
-- desired
CREATE TABLE readings (id INTEGER PRIMARY KEY, value DOUBLE PRECISION);
-- rows
INSERT INTO readings (id, value) VALUES (1, 1.5), (2, -0.25);
