-- case: column type change with INSERT and DELETE triggers and a view
-- engines: sqlite
-- current
CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100), n_words INTEGER);
CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER trg_notes_ins AFTER INSERT ON notes BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'notes';
END;
CREATE TRIGGER trg_notes_del AFTER DELETE ON notes BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'notes';
END;
CREATE VIEW long_notes AS SELECT id, body FROM notes WHERE n_words > 3;
-- desired
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, n_words INTEGER);
CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER trg_notes_ins AFTER INSERT ON notes BEGIN
  UPDATE counts SET n = n + 1 WHERE name = 'notes';
END;
CREATE TRIGGER trg_notes_del AFTER DELETE ON notes BEGIN
  UPDATE counts SET n = n - 1 WHERE name = 'notes';
END;
CREATE VIEW long_notes AS SELECT id, body FROM notes WHERE n_words > 3;
-- rows
INSERT INTO notes (id, body, n_words) VALUES (1, 'hello there', 2), (2, 'a b c d e', 5);
INSERT INTO counts (name, n) VALUES ('notes', 2), ('other', 0);
