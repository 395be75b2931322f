-- case: NUMERIC precision narrowed, data still fits
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount DECIMAL(14,2) NOT NULL);
-- desired
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount DECIMAL(8,2) NOT NULL);
-- rows
INSERT INTO prices (id, amount) VALUES (1, 9.99), (2, 100.00);
