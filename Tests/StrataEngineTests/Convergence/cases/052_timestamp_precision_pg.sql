-- case: TIMESTAMP(0) to TIMESTAMP(3)
-- engines: postgresql
-- current
CREATE TABLE ticks (id INTEGER PRIMARY KEY, at TIMESTAMP(0) NOT NULL);
-- desired
CREATE TABLE ticks (id INTEGER PRIMARY KEY, at TIMESTAMP(3) NOT NULL);
-- rows
INSERT INTO ticks (id, at) VALUES (1, '2024-05-01 10:00:00'), (2, '2024-05-02 11:30:00');
