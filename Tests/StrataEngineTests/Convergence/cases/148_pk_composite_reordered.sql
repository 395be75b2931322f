-- case: composite primary key column order changed
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE tags_items (tag_id INTEGER NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (tag_id, item_id));
-- desired
CREATE TABLE tags_items (tag_id INTEGER NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (item_id, tag_id));
-- rows
INSERT INTO tags_items (tag_id, item_id) VALUES (1, 1), (1, 2), (2, 1);
