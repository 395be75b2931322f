-- case: identity removed from a key column
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) OVERRIDING SYSTEM VALUE VALUES (1, 'apple'), (2, 'pear');
