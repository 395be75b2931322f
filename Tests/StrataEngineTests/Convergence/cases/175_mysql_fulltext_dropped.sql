-- case: FULLTEXT index dropped
-- engines: mysql
-- current
CREATE TABLE articles (id INT PRIMARY KEY, body TEXT, FULLTEXT KEY ft_body (body)) ENGINE=InnoDB;
-- desired
CREATE TABLE articles (id INT PRIMARY KEY, body TEXT) ENGINE=InnoDB;
-- rows
INSERT INTO articles (id, body) VALUES (1, 'a language'), (2, 'a query language');
