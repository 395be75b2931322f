-- case: rebuild of a parent table keeps the child's foreign key valid
-- engines: sqlite
-- current
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE, title TEXT NOT NULL);
CREATE INDEX ix_books_author ON books (author_id);
-- desired
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE, title TEXT NOT NULL);
CREATE INDEX ix_books_author ON books (author_id);
-- rows
INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem');
INSERT INTO books (id, author_id, title) VALUES (1, 1, 'Earthsea'), (2, 2, 'Solaris'), (3, 1, 'Lathe');
