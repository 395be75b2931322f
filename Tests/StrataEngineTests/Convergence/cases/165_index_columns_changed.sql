-- case: index column list changed
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL);
CREATE INDEX ix_events ON events (user_id);
-- desired
CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL);
CREATE INDEX ix_events ON events (user_id, kind);
-- rows
INSERT INTO events (id, user_id, kind) VALUES (1, 1, 'login'), (2, 2, 'logout');
