-- case: unique constraint gets another column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE slugs (id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, slug VARCHAR(60) NOT NULL, CONSTRAINT uq_slug UNIQUE (slug));
-- desired
CREATE TABLE slugs (id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, slug VARCHAR(60) NOT NULL, CONSTRAINT uq_slug UNIQUE (site_id, slug));
-- rows
INSERT INTO slugs (id, site_id, slug) VALUES (1, 1, 'home'), (2, 2, 'about');
