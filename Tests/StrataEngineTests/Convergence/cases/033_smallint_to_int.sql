-- case: SMALLINT to INTEGER
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE scores (id INTEGER PRIMARY KEY, points SMALLINT);
-- desired
CREATE TABLE scores (id INTEGER PRIMARY KEY, points INTEGER);
-- rows
INSERT INTO scores (id, points) VALUES (1, 32767), (2, NULL);
