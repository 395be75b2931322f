-- case: table-level check across two columns
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE bookings (id INTEGER PRIMARY KEY, starts DATE NOT NULL, ends DATE NOT NULL);
-- desired
CREATE TABLE bookings (id INTEGER PRIMARY KEY, starts DATE NOT NULL, ends DATE NOT NULL, CONSTRAINT ck_bookings_range CHECK (ends >= starts));
-- rows
INSERT INTO bookings (id, starts, ends) VALUES (1, '2024-01-01', '2024-01-03'), (2, '2024-02-01', '2024-02-01');
