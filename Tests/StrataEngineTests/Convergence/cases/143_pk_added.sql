-- case: primary key added to a table without one
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE codes (code VARCHAR(10) NOT NULL, label VARCHAR(50));
-- desired
CREATE TABLE codes (code VARCHAR(10) NOT NULL, label VARCHAR(50), PRIMARY KEY (code));
-- rows
INSERT INTO codes (code, label) VALUES ('A', 'alpha'), ('B', 'beta');
