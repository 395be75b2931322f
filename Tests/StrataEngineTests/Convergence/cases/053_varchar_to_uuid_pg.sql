-- case: VARCHAR(36) holding UUIDs to UUID (needs USING)
-- engines: postgresql
-- current
CREATE TABLE sessions (id INTEGER PRIMARY KEY, token VARCHAR(36) NOT NULL);
-- desired
CREATE TABLE sessions (id INTEGER PRIMARY KEY, token UUID NOT NULL);
-- rows
INSERT INTO sessions (id, token) VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (2, '3f2504e0-4f89-11d3-9a0c-0305e82c3301');
