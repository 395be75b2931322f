-- case: create a table together with its indexes
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, kind VARCHAR(20) NOT NULL, at_day DATE NOT NULL);
CREATE INDEX ix_events_item ON events (item_id);
CREATE UNIQUE INDEX ux_events_kind_day ON events (item_id, kind, at_day);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
