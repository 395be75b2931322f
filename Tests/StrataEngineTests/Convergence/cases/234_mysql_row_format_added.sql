-- case: explicit ROW_FORMAT=COMPRESSED added
-- engines: mysql
-- current
CREATE TABLE archive (id INT PRIMARY KEY, payload TEXT) ENGINE=InnoDB;
-- desired
CREATE TABLE archive (id INT PRIMARY KEY, payload TEXT) ENGINE=InnoDB ROW_FORMAT=COMPRESSED;
-- rows
INSERT INTO archive (id, payload) VALUES (1, 'old'), (2, 'older');
