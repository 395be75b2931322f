-- case: two-column index with mixed ASC/DESC added
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE scores (id INTEGER PRIMARY KEY, game VARCHAR(20) NOT NULL, points INTEGER NOT NULL);
-- desired
CREATE TABLE scores (id INTEGER PRIMARY KEY, game VARCHAR(20) NOT NULL, points INTEGER NOT NULL);
CREATE INDEX ix_scores_board ON scores (game ASC, points DESC);
-- rows
INSERT INTO scores (id, game, points) VALUES (1, 'chess', 10), (2, 'go', 20);
