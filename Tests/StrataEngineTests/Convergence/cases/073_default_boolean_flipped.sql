-- case: boolean default changed from false to true
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE prefs (id INTEGER PRIMARY KEY, newsletter BOOLEAN NOT NULL DEFAULT FALSE);
-- desired
CREATE TABLE prefs (id INTEGER PRIMARY KEY, newsletter BOOLEAN NOT NULL DEFAULT TRUE);
-- rows
INSERT INTO prefs (id, newsletter) VALUES (1, TRUE), (2, FALSE);
