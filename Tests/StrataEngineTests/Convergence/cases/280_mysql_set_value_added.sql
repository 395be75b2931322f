-- case: SET value added
-- engines: mysql
-- current
CREATE TABLE prefs (id INT PRIMARY KEY, channels SET('email', 'sms') NOT NULL DEFAULT '');
-- desired
CREATE TABLE prefs (id INT PRIMARY KEY, channels SET('email', 'sms', 'push') NOT NULL DEFAULT '');
-- rows
INSERT INTO prefs (id, channels) VALUES (1, 'email,sms'), (2, '');
