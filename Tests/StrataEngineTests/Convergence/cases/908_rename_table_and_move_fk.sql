-- case: rename a table and point its foreign key at another table (hint)
-- engines: sqlite postgresql mysql
-- rename: books=titles
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE publishers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, maker_id INTEGER, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_books_maker FOREIGN KEY (maker_id) REFERENCES authors (id));
CREATE INDEX books_maker ON books (maker_id);
-- desired
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE publishers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE titles (id INTEGER PRIMARY KEY, maker_id INTEGER, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_titles_maker FOREIGN KEY (maker_id) REFERENCES publishers (id));
CREATE INDEX books_maker ON titles (maker_id);
-- rows
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO publishers (id, name) VALUES (1, 'Ace'), (2, 'Walker');
INSERT INTO books (id, maker_id, title) VALUES (1, 1, 'The Dispossessed'), (2, 2, 'Solaris'), (3, NULL, 'Untitled');
