-- case: narrow a VARCHAR, data still fits
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, code VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, code VARCHAR(30) NOT NULL);
-- rows
INSERT INTO items (id, code) VALUES (1, 'A-100'), (2, 'B-200-XL');
