-- case: INTEGER to BIGINT
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE counters (id INTEGER PRIMARY KEY, hits INTEGER NOT NULL);
-- desired
CREATE TABLE counters (id INTEGER PRIMARY KEY, hits BIGINT NOT NULL);
-- rows
INSERT INTO counters (id, hits) VALUES (1, 2147483647), (2, 0);
