-- case: TEXT column gets a literal default (MariaDB allows it)
-- engines: mysql
-- current
CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);
-- desired
CREATE TABLE notes (id INT PRIMARY KEY, body TEXT DEFAULT 'empty');
-- rows
INSERT INTO notes (id, body) VALUES (1, 'x'), (2, NULL);
