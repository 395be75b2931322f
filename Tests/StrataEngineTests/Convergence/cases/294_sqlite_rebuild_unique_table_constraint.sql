-- case: table-level UNIQUE added (needs a rebuild)
-- engines: sqlite
-- current
CREATE TABLE seats (id INTEGER PRIMARY KEY, row_no INTEGER NOT NULL, seat_no INTEGER NOT NULL);
CREATE INDEX ix_seats_row ON seats (row_no);
-- desired
CREATE TABLE seats (id INTEGER PRIMARY KEY, row_no INTEGER NOT NULL, seat_no INTEGER NOT NULL, UNIQUE (row_no, seat_no));
CREATE INDEX ix_seats_row ON seats (row_no);
-- rows
INSERT INTO seats (id, row_no, seat_no) VALUES (1, 1, 1), (2, 1, 2);
