-- case: DEFAULT now() changed to now() + interval
-- engines: postgresql
-- current
CREATE TABLE invites (id INTEGER PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL DEFAULT now());
-- desired
CREATE TABLE invites (id INTEGER PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL DEFAULT (now() + '7 days'::interval));
-- rows
INSERT INTO invites (id, expires_at) VALUES (1, '2024-01-01 10:00:00+00'), (2, '2024-02-01 10:00:00+00');
