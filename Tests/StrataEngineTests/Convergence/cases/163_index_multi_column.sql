-- case: multi-column index added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, at_day DATE NOT NULL);
-- desired
CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, at_day DATE NOT NULL);
CREATE INDEX ix_events_user_day ON events (user_id, at_day);
-- rows
INSERT INTO events (id, user_id, kind, at_day) VALUES (1, 1, 'login', '2024-01-01'), (2, 2, 'logout', '2024-01-02');
