-- case: unused SET value removed
-- engines: mysql
-- current
CREATE TABLE prefs (id INT PRIMARY KEY, channels SET('email', 'fax', 'sms'));
-- desired
CREATE TABLE prefs (id INT PRIMARY KEY, channels SET('email', 'sms'));
-- rows
INSERT INTO prefs (id, channels) VALUES (1, 'email,sms'), (2, NULL);
