-- case: no-op: DEFAULT 'x' vs DEFAULT 'x'::character varying
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, kind VARCHAR(10) NOT NULL DEFAULT 'plain', note TEXT DEFAULT 'none');
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, kind VARCHAR(10) NOT NULL DEFAULT 'plain'::character varying, note TEXT DEFAULT 'none'::text);
-- rows
INSERT INTO items (id, kind, note) VALUES (1, 'plain', NULL), (2, 'fancy', 'n');
