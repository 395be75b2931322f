-- case: two-column unique constraint added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE seats (id INTEGER PRIMARY KEY, row_no INTEGER NOT NULL, seat_no INTEGER NOT NULL);
-- desired
CREATE TABLE seats (id INTEGER PRIMARY KEY, row_no INTEGER NOT NULL, seat_no INTEGER NOT NULL, CONSTRAINT uq_seat UNIQUE (row_no, seat_no));
-- rows
INSERT INTO seats (id, row_no, seat_no) VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1);
