-- case: single-column primary key widened to a composite key
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE prices (product_id INTEGER NOT NULL, currency CHAR(3) NOT NULL, amount DECIMAL(10,2) NOT NULL, PRIMARY KEY (product_id));
-- desired
CREATE TABLE prices (product_id INTEGER NOT NULL, currency CHAR(3) NOT NULL, amount DECIMAL(10,2) NOT NULL, PRIMARY KEY (product_id, currency));
-- rows
INSERT INTO prices (product_id, currency, amount) VALUES (1, 'EUR', 1.00), (2, 'EUR', 2.00);
