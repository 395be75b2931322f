-- case: new table with a self-referencing foreign key
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE categories (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(50) NOT NULL,
  CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id));
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
