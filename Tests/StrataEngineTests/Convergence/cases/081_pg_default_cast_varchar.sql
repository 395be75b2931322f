-- case: a ::character varying cast default changed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, kind VARCHAR(10) DEFAULT 'plain'::character varying);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, kind VARCHAR(10) DEFAULT 'fancy'::character varying);
-- rows
INSERT INTO items (id, kind) VALUES (1, 'plain'), (2, 'fancy');
