-- case: drop a parent and a child table (child must go first)
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE TABLE teams (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE memberships (team_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (team_id, user_id),
  CONSTRAINT fk_m_team FOREIGN KEY (team_id) REFERENCES teams (id),
  CONSTRAINT fk_m_user FOREIGN KEY (user_id) REFERENCES users (id));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
-- rows
INSERT INTO users (id, email) VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
INSERT INTO teams (id, name) VALUES (1, 'core'), (2, 'docs');
INSERT INTO memberships (team_id, user_id) VALUES (1, 1), (1, 2), (2, 2);
