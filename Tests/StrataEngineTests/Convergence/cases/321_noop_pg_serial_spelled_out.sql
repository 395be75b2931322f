-- case: no-op: SERIAL vs the sequence, default and ownership written out
-- engines: postgresql
-- current
CREATE TABLE items (id SERIAL PRIMARY KEY, name VARCHAR(50));
-- desired
CREATE SEQUENCE items_id_seq AS integer;
CREATE TABLE items (id INTEGER NOT NULL DEFAULT nextval('items_id_seq'::regclass) PRIMARY KEY, name VARCHAR(50));
ALTER SEQUENCE items_id_seq OWNED BY items.id;
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
