-- case: a string default containing a quote
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE signs (id INTEGER PRIMARY KEY, text_line VARCHAR(40) DEFAULT 'closed');
-- desired
CREATE TABLE signs (id INTEGER PRIMARY KEY, text_line VARCHAR(40) DEFAULT 'we''re open');
-- rows
INSERT INTO signs (id, text_line) VALUES (1, 'closed'), (2, 'it''s late');
