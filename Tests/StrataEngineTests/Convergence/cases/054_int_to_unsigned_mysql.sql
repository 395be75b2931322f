-- case: INT to INT UNSIGNED
-- engines: mysql
-- current
CREATE TABLE counters (id INT PRIMARY KEY, hits INT NOT NULL);
-- desired
CREATE TABLE counters (id INT PRIMARY KEY, hits INT UNSIGNED NOT NULL);
-- rows
INSERT INTO counters (id, hits) VALUES (1, 5), (2, 0);
