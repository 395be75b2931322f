-- case: no-op: type keyword case and identifier quoting
-- engines: sqlite
-- current
CREATE TABLE "items" ("id" INTEGER PRIMARY KEY, "name" varchar(50) not null, price numeric(10,2));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, price NUMERIC(10,2));
-- rows
INSERT INTO items (id, name, price) VALUES (1, 'apple', 1.5), (2, 'pear', NULL);
