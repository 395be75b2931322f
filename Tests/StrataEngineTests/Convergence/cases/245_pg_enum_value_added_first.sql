-- case: enum value added at the start
-- engines: postgresql
-- current
CREATE TYPE priority AS ENUM ('normal', 'high');
CREATE TABLE tickets (id INTEGER PRIMARY KEY, prio priority);
-- desired
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE tickets (id INTEGER PRIMARY KEY, prio priority);
-- rows
INSERT INTO tickets (id, prio) VALUES (1, 'normal'), (2, NULL);
