-- case: rename a table while the table its foreign key references is dropped (hint)
-- engines: sqlite postgresql mysql
-- rename: books=titles
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id));
CREATE INDEX books_author ON books (author_id);
-- desired
CREATE TABLE titles (id INTEGER PRIMARY KEY, author_id INTEGER, title VARCHAR(80) NOT NULL);
CREATE INDEX books_author ON titles (author_id);
-- rows
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO books (id, author_id, title) VALUES (1, NULL, 'The Dispossessed'), (2, NULL, 'Solaris');
