-- case: events: partitioning-free rewrite with type changes, comments, and a new FK chain
-- engines: postgresql mysql
-- current
CREATE TABLE sources (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE events (id BIGINT PRIMARY KEY, source_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, payload TEXT, at_ts TIMESTAMP NULL);
CREATE TABLE event_tags (event_id BIGINT NOT NULL, tag VARCHAR(20) NOT NULL, PRIMARY KEY (event_id, tag));
-- desired
CREATE TABLE sources (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL, enabled BOOLEAN NOT NULL DEFAULT TRUE);
CREATE TABLE events (id BIGINT PRIMARY KEY, source_id INTEGER NOT NULL, kind VARCHAR(40) NOT NULL, payload TEXT, at_ts TIMESTAMP NULL,
  CONSTRAINT fk_events_source FOREIGN KEY (source_id) REFERENCES sources (id));
CREATE TABLE event_tags (event_id BIGINT NOT NULL, tag VARCHAR(20) NOT NULL, PRIMARY KEY (event_id, tag),
  CONSTRAINT fk_event_tags_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE);
CREATE INDEX ix_events_kind_at ON events (kind, at_ts);
-- rows
INSERT INTO sources (id, name) VALUES (1, 'web'), (2, 'app');
INSERT INTO events (id, source_id, kind, payload, at_ts) VALUES (1, 1, 'click', NULL, '2024-01-01 10:00:00'), (2, 2, 'view', '{}', NULL);
INSERT INTO event_tags (event_id, tag) VALUES (1, 'a'), (1, 'b'), (2, 'a');
