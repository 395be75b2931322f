-- case: create a join table with a composite primary key
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE students (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE students (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title VARCHAR(50) NOT NULL);
CREATE TABLE enrolments (student_id INTEGER NOT NULL, course_id INTEGER NOT NULL, grade SMALLINT,
  PRIMARY KEY (student_id, course_id),
  CONSTRAINT fk_enr_student FOREIGN KEY (student_id) REFERENCES students (id),
  CONSTRAINT fk_enr_course FOREIGN KEY (course_id) REFERENCES courses (id));
-- rows
INSERT INTO students (id, name) VALUES (1, 'Ada'), (2, 'Alan');
INSERT INTO courses (id, title) VALUES (1, 'Logic'), (2, 'Compilers');
