-- case: COMMENT ON TABLE changed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
COMMENT ON TABLE items IS 'items';
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
COMMENT ON TABLE items IS 'things we sell';
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
