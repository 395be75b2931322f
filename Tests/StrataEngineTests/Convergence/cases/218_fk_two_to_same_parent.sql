-- case: two foreign keys to the same parent
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE messages (id INTEGER PRIMARY KEY, sender_id INTEGER NOT NULL, recipient_id INTEGER NOT NULL,
  CONSTRAINT fk_messages_sender FOREIGN KEY (sender_id) REFERENCES users (id));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE messages (id INTEGER PRIMARY KEY, sender_id INTEGER NOT NULL, recipient_id INTEGER NOT NULL,
  CONSTRAINT fk_messages_sender FOREIGN KEY (sender_id) REFERENCES users (id),
  CONSTRAINT fk_messages_recipient FOREIGN KEY (recipient_id) REFERENCES users (id) ON DELETE CASCADE);
-- rows
INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob');
INSERT INTO messages (id, sender_id, recipient_id) VALUES (1, 1, 2), (2, 2, 1);
