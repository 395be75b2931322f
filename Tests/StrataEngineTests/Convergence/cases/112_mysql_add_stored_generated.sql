-- case: add a STORED generated column
-- engines: mysql
-- current
CREATE TABLE people (id INT PRIMARY KEY, first VARCHAR(30) NOT NULL, last VARCHAR(30) NOT NULL);
-- desired
CREATE TABLE people (id INT PRIMARY KEY, first VARCHAR(30) NOT NULL, last VARCHAR(30) NOT NULL,
  full_name VARCHAR(61) GENERATED ALWAYS AS (CONCAT(first, ' ', last)) STORED);
-- rows
INSERT INTO people (id, first, last) VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing');
