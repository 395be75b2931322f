-- case: SERIAL primary key widened to BIGSERIAL
-- engines: postgresql
-- current
CREATE TABLE events (id SERIAL PRIMARY KEY, kind VARCHAR(20) NOT NULL);
-- desired
CREATE TABLE events (id BIGSERIAL PRIMARY KEY, kind VARCHAR(20) NOT NULL);
-- rows
INSERT INTO events (id, kind) VALUES (1, 'click'), (2, 'view');
