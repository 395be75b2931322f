-- case: rename a table that another table references (hint)
-- engines: sqlite postgresql mysql
-- rename: authors=writers
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id), title VARCHAR(80) NOT NULL);
-- current mysql
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id));
-- desired
CREATE TABLE writers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES writers (id), title VARCHAR(80) NOT NULL);
-- desired mysql
CREATE TABLE writers (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES writers (id));
-- rows
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO books (id, author_id, title) VALUES (1, 1, 'The Dispossessed'), (2, 2, 'Solaris'), (3, 1, 'Earthsea');
