-- case: ON DELETE SET DEFAULT (not supported by InnoDB)
-- engines: sqlite postgresql
-- current
CREATE TABLE categories (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (id));
-- desired
CREATE TABLE categories (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL DEFAULT 1,
  CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE SET DEFAULT);
-- rows
INSERT INTO categories (id, name) VALUES (1, 'misc'), (2, 'fruit');
INSERT INTO products (id, category_id) VALUES (1, 1), (2, 2);
