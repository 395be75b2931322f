-- case: VARCHAR column converted to an enum (needs USING)
-- engines: postgresql
-- current
CREATE TABLE orders (id INTEGER PRIMARY KEY, state VARCHAR(10) NOT NULL);
-- desired
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (id INTEGER PRIMARY KEY, state order_state NOT NULL);
-- rows
INSERT INTO orders (id, state) VALUES (1, 'new'), (2, 'shipped');
