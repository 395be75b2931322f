-- case: INTEGER flag to BOOLEAN (needs USING)
-- engines: postgresql
-- current
CREATE TABLE flags (id INTEGER PRIMARY KEY, active INTEGER NOT NULL DEFAULT 0);
-- desired
CREATE TABLE flags (id INTEGER PRIMARY KEY, active BOOLEAN NOT NULL DEFAULT false);
-- rows
INSERT INTO flags (id, active) VALUES (1, 1), (2, 0);
