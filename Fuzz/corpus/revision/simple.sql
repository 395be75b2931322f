-- strata:revision a1b2c3d4e5f6
-- strata:parents 0f9e8d7c6b5a
-- strata:message add orders
-- strata:created 2026-12-01T10:00:00Z

-- strata:upgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC(10,2) NOT NULL DEFAULT 0, note TEXT);
INSERT INTO orders (id, total, note) VALUES (1, 9.5, 'it''s; fine -- not a comment');

-- strata:downgrade
DROP TABLE orders;
