-- case: SET default added
-- engines: mysql
-- current
CREATE TABLE prefs (id INT PRIMARY KEY, channels SET('email', 'sms'));
-- desired
CREATE TABLE prefs (id INT PRIMARY KEY, channels SET('email', 'sms') DEFAULT 'email');
-- rows
INSERT INTO prefs (id, channels) VALUES (1, 'email,sms'), (2, NULL);
