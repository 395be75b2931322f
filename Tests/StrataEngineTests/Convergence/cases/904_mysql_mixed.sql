-- case: MySQL mix: column moved and added in the middle, ENUM value added, collation, ON UPDATE, prefix and FULLTEXT index, check, FK, engine and comment, trigger, view
-- engines: mysql
-- current
CREATE TABLE authors (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, bio TEXT, kind ENUM('a','b') NOT NULL DEFAULT 'a') ENGINE=InnoDB;
CREATE TABLE books (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, title VARCHAR(100) NOT NULL, author_id INT, stock INT NOT NULL DEFAULT 0, updated TIMESTAMP NULL);
CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(50));
CREATE VIEW v_books AS SELECT id, title FROM books;
-- desired
CREATE TABLE authors (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, kind ENUM('a','b','c') NOT NULL DEFAULT 'a', name VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, country CHAR(2) NULL, bio TEXT, FULLTEXT INDEX ft_bio (bio)) ENGINE=InnoDB COMMENT='who wrote';
CREATE TABLE books (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, title VARCHAR(100) NOT NULL, author_id INT, stock INT NOT NULL DEFAULT 0 CHECK (stock >= 0), updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, INDEX ix_title (title(20)), CONSTRAINT fk_author FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL);
CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(50)) ENGINE=MyISAM;
CREATE TRIGGER books_stock BEFORE INSERT ON books FOR EACH ROW SET NEW.stock = GREATEST(NEW.stock, 0);
CREATE VIEW v_books AS SELECT id, title, stock FROM books;
-- rows
INSERT INTO authors (id, name, bio, kind) VALUES (1, 'Ada', 'math', 'a'), (2, 'Alan', NULL, 'b');
INSERT INTO books (id, title, author_id, stock, updated) VALUES (1, 'Notes', 1, 3, '2020-01-01 00:00:00'), (2, 'Machines', 2, 0, '2020-01-02 00:00:00');
INSERT INTO audit (id, note) VALUES (1, 'x'), (2, 'y');
