-- case: no-op: DECIMAL vs NUMERIC, FLOAT8 vs DOUBLE PRECISION
-- engines: postgresql
-- current
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount DECIMAL(10,2), ratio FLOAT8);
-- desired
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount NUMERIC(10,2), ratio DOUBLE PRECISION);
-- rows
INSERT INTO prices (id, amount, ratio) VALUES (1, 1.50, 0.5), (2, NULL, NULL);
