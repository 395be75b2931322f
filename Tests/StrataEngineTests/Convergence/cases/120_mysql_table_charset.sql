-- case: table default charset changed (columns follow)
-- engines: mysql
-- current
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100)) DEFAULT CHARSET=latin1;
-- desired
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100)) DEFAULT CHARSET=utf8mb4;
-- rows
INSERT INTO notes (id, body) VALUES (1, 'plain ascii'), (2, NULL);
