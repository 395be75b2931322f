-- case: add GENERATED ALWAYS AS IDENTITY to an int key
-- engines: postgresql
-- current
CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
