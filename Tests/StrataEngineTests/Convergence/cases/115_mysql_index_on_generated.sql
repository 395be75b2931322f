-- case: index on a virtual generated column
-- engines: mysql
-- current
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- desired
CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, email_lc VARCHAR(100) AS (LOWER(email)) VIRTUAL,
  KEY ix_users_email_lc (email_lc));
-- rows
INSERT INTO users (id, email) VALUES (1, 'Ann@X.org'), (2, 'bob@x.org');
