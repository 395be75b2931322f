-- case: GIN index on a tsvector column
-- engines: postgresql
-- current
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, search TSVECTOR);
-- desired
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, search TSVECTOR);
CREATE INDEX ix_articles_search ON articles USING gin (search);
-- rows
INSERT INTO articles (id, title, search) VALUES (1, 'Swift', to_tsvector('simple', 'swift language')), (2, 'SQL', NULL);
