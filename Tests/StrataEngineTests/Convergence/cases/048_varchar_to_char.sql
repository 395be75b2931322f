-- case: VARCHAR to CHAR of the same length
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE codes (id INTEGER PRIMARY KEY, iso VARCHAR(3) NOT NULL);
-- desired
CREATE TABLE codes (id INTEGER PRIMARY KEY, iso CHAR(3) NOT NULL);
-- rows
INSERT INTO codes (id, iso) VALUES (1, 'NOR'), (2, 'PRT');
