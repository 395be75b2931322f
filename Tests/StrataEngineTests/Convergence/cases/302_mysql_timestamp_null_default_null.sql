-- case: TIMESTAMP NULL DEFAULT NULL column added
-- engines: mysql
-- current
CREATE TABLE jobs (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);
-- desired
CREATE TABLE jobs (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, finished_at TIMESTAMP NULL DEFAULT NULL);
-- rows
INSERT INTO jobs (id, name) VALUES (1, 'backup'), (2, 'report');
