-- case: BRIN index on a timestamp column
-- engines: postgresql
-- current
CREATE TABLE readings (id BIGINT PRIMARY KEY, taken_at TIMESTAMP NOT NULL, value DOUBLE PRECISION);
-- desired
CREATE TABLE readings (id BIGINT PRIMARY KEY, taken_at TIMESTAMP NOT NULL, value DOUBLE PRECISION);
CREATE INDEX ix_readings_taken ON readings USING brin (taken_at);
-- rows
INSERT INTO readings (id, taken_at, value) VALUES (1, '2024-01-01 00:00', 1.5), (2, '2024-01-01 00:01', 1.7);
