-- case: AUTO_INCREMENT column widened to BIGINT UNSIGNED
-- engines: mysql
-- current
CREATE TABLE events (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, kind VARCHAR(20) NOT NULL);
-- desired
CREATE TABLE events (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, kind VARCHAR(20) NOT NULL);
-- rows
INSERT INTO events (id, kind) VALUES (1, 'click'), (2, 'view');
