-- case: no-op: implicit constraint names vs the same names written out
-- engines: postgresql
-- current
CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100) UNIQUE);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), qty INTEGER CHECK (qty > 0));
-- desired
CREATE TABLE customers (id INTEGER, email VARCHAR(100),
  CONSTRAINT customers_pkey PRIMARY KEY (id), CONSTRAINT customers_email_key UNIQUE (email));
CREATE TABLE orders (id INTEGER, customer_id INTEGER, qty INTEGER,
  CONSTRAINT orders_pkey PRIMARY KEY (id),
  CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id),
  CONSTRAINT orders_qty_check CHECK (qty > 0));
-- rows
INSERT INTO customers (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
INSERT INTO orders (id, customer_id, qty) VALUES (1, 1, 1), (2, 2, 3);
