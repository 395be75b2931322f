-- case: DATE to TIMESTAMP
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE events (id INTEGER PRIMARY KEY, happened DATE NOT NULL);
-- desired
CREATE TABLE events (id INTEGER PRIMARY KEY, happened TIMESTAMP NOT NULL);
-- desired mysql
CREATE TABLE events (id INTEGER PRIMARY KEY, happened DATETIME NOT NULL);
-- rows
INSERT INTO events (id, happened) VALUES (1, '2024-01-01'), (2, '2024-02-29');
-- rows sqlite
INSERT INTO events (id, happened) VALUES (1, '2024-01-01 00:00:00'), (2, '2024-02-29 00:00:00');
