-- case: add a date literal default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE contracts (id INTEGER PRIMARY KEY, starts DATE);
-- desired
CREATE TABLE contracts (id INTEGER PRIMARY KEY, starts DATE DEFAULT '2000-01-01');
-- rows
INSERT INTO contracts (id, starts) VALUES (1, '2024-01-01'), (2, NULL);
