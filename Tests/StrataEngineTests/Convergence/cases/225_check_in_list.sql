-- case: check with an IN list added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE tickets (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL);
-- desired
CREATE TABLE tickets (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL, CONSTRAINT ck_tickets_status CHECK (status IN ('open', 'closed', 'hold')));
-- rows
INSERT INTO tickets (id, status) VALUES (1, 'open'), (2, 'closed');
