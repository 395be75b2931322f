-- strata:revision 4be1c2a9d0f3
-- strata:parents 91aa07c3be12 77aa07c3be12
-- strata:message add invoices
-- strata:created 2026-11-21T09:30:00Z
-- strata:branch-labels billing
-- strata:depends-on 1234abcd
-- strata:transaction off
-- a free comment in the header

-- strata:upgrade
CREATE TABLE invoices (id INT);

-- strata:upgrade mysql
CREATE TABLE invoices (id INT) ENGINE=InnoDB;
DELIMITER //
CREATE TRIGGER t BEFORE INSERT ON invoices FOR EACH ROW BEGIN SET NEW.id = NEW.id + 1; END//
DELIMITER ;

-- strata:upgrade postgresql
CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
CREATE INDEX CONCURRENTLY ix ON invoices (id);

-- strata:downgrade
DROP TABLE invoices;
-- strata:downgrade postgresql
DROP FUNCTION f(); DROP TABLE invoices;
