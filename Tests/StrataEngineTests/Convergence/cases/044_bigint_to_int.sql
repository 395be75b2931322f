-- case: BIGINT to INTEGER, data still fits
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE stats (id INTEGER PRIMARY KEY, total BIGINT NOT NULL);
-- desired
CREATE TABLE stats (id INTEGER PRIMARY KEY, total INTEGER NOT NULL);
-- rows
INSERT INTO stats (id, total) VALUES (1, 42), (2, 1000000);
