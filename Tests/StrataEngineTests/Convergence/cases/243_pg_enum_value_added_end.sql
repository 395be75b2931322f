-- case: enum value added at the end
-- engines: postgresql
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE people (id INTEGER PRIMARY KEY, current_mood mood NOT NULL);
-- desired
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id INTEGER PRIMARY KEY, current_mood mood NOT NULL);
-- rows
INSERT INTO people (id, current_mood) VALUES (1, 'sad'), (2, 'ok');
