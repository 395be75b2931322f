-- case: primary key dropped
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE codes (code VARCHAR(10) NOT NULL, label VARCHAR(50), PRIMARY KEY (code));
-- desired
CREATE TABLE codes (code VARCHAR(10) NOT NULL, label VARCHAR(50));
-- rows
INSERT INTO codes (code, label) VALUES ('A', 'alpha'), ('B', 'beta');
