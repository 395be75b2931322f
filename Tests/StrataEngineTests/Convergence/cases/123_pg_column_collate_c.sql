-- case: column gets COLLATE "C"
-- engines: postgresql
-- current
CREATE TABLE words (id INTEGER PRIMARY KEY, word VARCHAR(40) NOT NULL);
-- desired
CREATE TABLE words (id INTEGER PRIMARY KEY, word VARCHAR(40) COLLATE "C" NOT NULL);
-- rows
INSERT INTO words (id, word) VALUES (1, 'apple'), (2, 'Banana');
