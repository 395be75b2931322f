-- case: composite primary key added to a link table
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE follows (follower INTEGER NOT NULL, followee INTEGER NOT NULL);
-- desired
CREATE TABLE follows (follower INTEGER NOT NULL, followee INTEGER NOT NULL, PRIMARY KEY (follower, followee));
-- rows
INSERT INTO follows (follower, followee) VALUES (1, 2), (2, 1), (3, 1);
