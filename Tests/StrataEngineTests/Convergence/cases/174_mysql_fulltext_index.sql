-- case: FULLTEXT index added (InnoDB)
-- engines: mysql
-- current
CREATE TABLE articles (id INT PRIMARY KEY, title VARCHAR(200) NOT NULL, body TEXT) ENGINE=InnoDB;
-- desired
CREATE TABLE articles (id INT PRIMARY KEY, title VARCHAR(200) NOT NULL, body TEXT, FULLTEXT KEY ft_articles (title, body)) ENGINE=InnoDB;
-- rows
INSERT INTO articles (id, title, body) VALUES (1, 'Swift', 'a language'), (2, 'SQL', 'a query language');
