-- case: NUMERIC precision widened
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC(8,2) NOT NULL);
-- desired
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC(12,2) NOT NULL);
-- rows
INSERT INTO prices (id, amount) VALUES (1, 123456.78), (2, 0.05);
