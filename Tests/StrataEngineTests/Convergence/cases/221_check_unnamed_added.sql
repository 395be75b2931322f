-- case: unnamed column check constraint added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE products (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL);
-- desired
CREATE TABLE products (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL CHECK (qty >= 0));
-- rows
INSERT INTO products (id, qty) VALUES (1, 3), (2, 0);
