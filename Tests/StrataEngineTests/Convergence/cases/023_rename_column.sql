-- case: rename a column (hint)
-- engines: sqlite postgresql mysql
-- rename: items.old_col=new_col
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, old_col VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, new_col VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, old_col) VALUES (1, 'apple'), (2, 'pear');
