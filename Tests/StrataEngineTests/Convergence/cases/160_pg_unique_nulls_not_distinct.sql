-- case: unique constraint becomes NULLS NOT DISTINCT
-- engines: postgresql
-- current
CREATE TABLE codes (id INTEGER PRIMARY KEY, code VARCHAR(10), CONSTRAINT uq_code UNIQUE (code));
-- desired
CREATE TABLE codes (id INTEGER PRIMARY KEY, code VARCHAR(10), CONSTRAINT uq_code UNIQUE NULLS NOT DISTINCT (code));
-- rows
INSERT INTO codes (id, code) VALUES (1, 'A'), (2, NULL);
