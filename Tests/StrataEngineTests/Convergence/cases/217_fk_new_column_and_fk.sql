-- case: new nullable column with a foreign key
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL);
-- desired
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL, author_id INTEGER REFERENCES authors (id));
-- desired mysql
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL, author_id INTEGER,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id));
-- rows
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO books (id, title) VALUES (1, 'Solaris'), (2, 'Earthsea');
