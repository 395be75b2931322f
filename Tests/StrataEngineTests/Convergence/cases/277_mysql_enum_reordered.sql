-- case: ENUM values reordered
-- engines: mysql
-- current
CREATE TABLE tickets (id INT PRIMARY KEY, prio ENUM('high', 'normal', 'low') NOT NULL);
-- desired
CREATE TABLE tickets (id INT PRIMARY KEY, prio ENUM('low', 'normal', 'high') NOT NULL);
-- rows
INSERT INTO tickets (id, prio) VALUES (1, 'high'), (2, 'low');
