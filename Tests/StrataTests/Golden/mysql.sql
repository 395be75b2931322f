-- Golden SQL of the mysql dialect: one case per kind of change (Tests/StrataTests/DialectGoldenTests.swift).

-- case: create table
-- upgrade
CREATE TABLE `items` (
    `id` integer NOT NULL,
    `name` varchar(50) NOT NULL,
    `qty` integer NULL DEFAULT 0,
    PRIMARY KEY (`id`),
    UNIQUE INDEX `items_name` (`name`),
    CONSTRAINT `qty_positive` CHECK (qty >= 0)
);
-- downgrade
DROP TABLE `items`;

-- case: drop table
-- upgrade
DROP TABLE `owners`;
-- downgrade
CREATE TABLE `owners` (
    `id` integer NOT NULL,
    `label` varchar(20) NULL,
    PRIMARY KEY (`id`)
);

-- case: rename table
-- upgrade
RENAME TABLE `items` TO `goods`;
-- downgrade
RENAME TABLE `goods` TO `items`;

-- case: add column
-- upgrade
ALTER TABLE `items` ADD COLUMN `note` text NULL AFTER `qty`;
-- downgrade
ALTER TABLE `items` DROP COLUMN `note`;

-- case: add column in the middle
-- upgrade
ALTER TABLE `items` ADD COLUMN `note` text NULL AFTER `id`, MODIFY COLUMN `name` varchar(50) NOT NULL AFTER `note`, MODIFY COLUMN `qty` integer NULL DEFAULT 0 AFTER `name`;
-- downgrade
ALTER TABLE `items` DROP COLUMN `note`;

-- case: drop column
-- upgrade
ALTER TABLE `items` DROP COLUMN `qty`;
-- downgrade
ALTER TABLE `items` ADD COLUMN `qty` integer NULL DEFAULT 0 AFTER `name`;

-- case: rename column
-- upgrade
ALTER TABLE `items` RENAME COLUMN `name` TO `title`;
-- downgrade
ALTER TABLE `items` RENAME COLUMN `title` TO `name`;

-- case: widen a type
-- upgrade
ALTER TABLE `items` MODIFY COLUMN `name` varchar(100) NOT NULL;
-- downgrade
ALTER TABLE `items` MODIFY COLUMN `name` varchar(50) NOT NULL;

-- case: reorder and alter two columns
-- upgrade
ALTER TABLE `items` MODIFY COLUMN `qty` integer NULL DEFAULT 1 AFTER `id`, MODIFY COLUMN `name` varchar(100) NOT NULL AFTER `qty`;
-- downgrade
ALTER TABLE `items` MODIFY COLUMN `name` varchar(50) NOT NULL AFTER `id`, MODIFY COLUMN `qty` integer NULL DEFAULT 0 AFTER `name`;

-- case: nullability
-- upgrade
ALTER TABLE `items` MODIFY COLUMN `qty` integer NOT NULL DEFAULT 0;
-- downgrade
ALTER TABLE `items` MODIFY COLUMN `qty` integer NULL DEFAULT 0;

-- case: default
-- upgrade
ALTER TABLE `items` MODIFY COLUMN `qty` integer NULL DEFAULT 1;
-- downgrade
ALTER TABLE `items` MODIFY COLUMN `qty` integer NULL DEFAULT 0;

-- case: add index
-- upgrade
ALTER TABLE `items` ADD INDEX `items_qty` (`qty` DESC);
-- downgrade
ALTER TABLE `items` DROP INDEX `items_qty`;

-- case: rename index
-- upgrade
ALTER TABLE `items` RENAME INDEX `items_qty` TO `items_by_qty`;
-- downgrade
ALTER TABLE `items` RENAME INDEX `items_by_qty` TO `items_qty`;

-- case: add check
-- upgrade
ALTER TABLE `items` ADD CONSTRAINT `qty_positive` CHECK (qty >= 0);
-- downgrade
ALTER TABLE `items` DROP CONSTRAINT `qty_positive`;

-- case: add foreign key
-- upgrade
ALTER TABLE `items` ADD CONSTRAINT `items_owner` FOREIGN KEY (`owner_id`) REFERENCES `owners` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION;
-- downgrade
ALTER TABLE `items` DROP FOREIGN KEY `items_owner`;

-- case: create view
-- upgrade
CREATE VIEW `big_items` AS SELECT id, name FROM items WHERE qty > 10;
-- downgrade
DROP VIEW `big_items`;

-- case: create enum
-- upgrade
-- error: mysql cannot express: enum type mood (MySQL enums belong to columns: ENUM('a','b'))
-- downgrade
-- error: mysql cannot express: enum type mood (MySQL enums belong to columns: ENUM('a','b'))

-- case: add enum values
-- upgrade
-- error: mysql cannot express: enum type mood (MySQL enums belong to columns: ENUM('a','b'))
-- downgrade
-- error: mysql cannot express: enum type mood (MySQL enums belong to columns: ENUM('a','b'))

-- case: remove enum value
-- upgrade
-- error: mysql cannot express: enum type mood (MySQL enums belong to columns: ENUM('a','b'))
-- downgrade
-- error: mysql cannot express: enum type mood (MySQL enums belong to columns: ENUM('a','b'))

-- case: create sequence
-- upgrade
-- error: mysql cannot express: sequence ticket_seq
-- downgrade
-- error: mysql cannot express: sequence ticket_seq

-- case: create schema
-- upgrade
-- error: mysql cannot express: schema audit (a MySQL schema is a database: connect to it instead)
-- downgrade
-- error: mysql cannot express: schema audit (a MySQL schema is a database: connect to it instead)

-- case: create routine
-- upgrade
CREATE FUNCTION answer() RETURNS INT DETERMINISTIC RETURN 42;
-- downgrade
DROP FUNCTION `answer`;

-- case: a name to quote
-- upgrade
CREATE TABLE `we"ird``name` (
    `a.b` integer NULL
);
-- downgrade
DROP TABLE `we"ird``name`;
