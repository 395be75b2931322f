-- case: rename a column that has a default and NOT NULL (hint)
-- engines: sqlite postgresql mysql
-- rename: tickets.stat=status
-- current
CREATE TABLE tickets (id INTEGER PRIMARY KEY, stat VARCHAR(10) NOT NULL DEFAULT 'open');
-- desired
CREATE TABLE tickets (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL DEFAULT 'open');
-- rows
INSERT INTO tickets (id, stat) VALUES (1, 'open'), (2, 'closed');
