-- case: rename a foreign-key column on the child side (hint)
-- engines: sqlite postgresql mysql
-- rename: books.writer=author_id
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, writer INTEGER NOT NULL, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (writer) REFERENCES authors (id));
-- desired
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(80) NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id));
-- rows
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO books (id, writer, title) VALUES (1, 1, 'The Dispossessed'), (2, 2, 'Solaris');
