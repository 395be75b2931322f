-- case: multi-column index with a TEXT prefix
-- engines: mysql
-- current
CREATE TABLE meta (id INT PRIMARY KEY, object_id INT NOT NULL, meta_key VARCHAR(255), meta_value LONGTEXT);
-- desired
CREATE TABLE meta (id INT PRIMARY KEY, object_id INT NOT NULL, meta_key VARCHAR(255), meta_value LONGTEXT,
  KEY ix_meta_key (meta_key(191)), KEY ix_meta_obj_val (object_id, meta_value(32)));
-- rows
INSERT INTO meta (id, object_id, meta_key, meta_value) VALUES (1, 1, 'color', 'red'), (2, 1, 'size', 'L');
