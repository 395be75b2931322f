-- case: NUMERIC scale increased
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE rates (id INTEGER PRIMARY KEY, rate DECIMAL(10,2) NOT NULL);
-- desired
CREATE TABLE rates (id INTEGER PRIMARY KEY, rate DECIMAL(10,4) NOT NULL);
-- rows
INSERT INTO rates (id, rate) VALUES (1, 1.25), (2, 123.50);
