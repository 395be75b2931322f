-- case: composite primary key reduced to one column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE prices (product_id INTEGER NOT NULL, currency CHAR(3) NOT NULL, amount DECIMAL(10,2) NOT NULL, PRIMARY KEY (product_id, currency));
-- desired
CREATE TABLE prices (product_id INTEGER NOT NULL, currency CHAR(3) NOT NULL, amount DECIMAL(10,2) NOT NULL, PRIMARY KEY (product_id));
-- rows
INSERT INTO prices (product_id, currency, amount) VALUES (1, 'EUR', 1.00), (2, 'USD', 2.00);
