-- case: change a string default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, locale VARCHAR(10) NOT NULL DEFAULT 'en');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, locale VARCHAR(10) NOT NULL DEFAULT 'en_US');
-- rows
INSERT INTO users (id, locale) VALUES (1, 'en'), (2, 'pt_BR');
