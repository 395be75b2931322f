-- case: make a foreign-key column NOT NULL
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE teams (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE players (id INTEGER PRIMARY KEY, team_id INTEGER, name VARCHAR(50) NOT NULL,
  CONSTRAINT fk_players_team FOREIGN KEY (team_id) REFERENCES teams (id));
-- desired
CREATE TABLE teams (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE players (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL, name VARCHAR(50) NOT NULL,
  CONSTRAINT fk_players_team FOREIGN KEY (team_id) REFERENCES teams (id));
-- rows
INSERT INTO teams (id, name) VALUES (1, 'red'), (2, 'blue');
INSERT INTO players (id, team_id, name) VALUES (1, 1, 'Ann'), (2, 2, 'Bob'), (3, 1, 'Cy');
