-- case: primary key constraint renamed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER NOT NULL, name VARCHAR(50), CONSTRAINT items_pkey PRIMARY KEY (id));
-- desired
CREATE TABLE items (id INTEGER NOT NULL, name VARCHAR(50), CONSTRAINT pk_items PRIMARY KEY (id));
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
