-- case: CHAR to VARCHAR of the same length
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE codes (id INTEGER PRIMARY KEY, code CHAR(8) NOT NULL);
-- desired
CREATE TABLE codes (id INTEGER PRIMARY KEY, code VARCHAR(8) NOT NULL);
-- rows
INSERT INTO codes (id, code) VALUES (1, 'AB12CD34'), (2, 'ZZ99ZZ99');
