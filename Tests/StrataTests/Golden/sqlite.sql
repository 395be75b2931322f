-- Golden SQL of the sqlite dialect: one case per kind of change (Tests/StrataTests/DialectGoldenTests.swift).

-- case: create table
-- upgrade
CREATE TABLE "items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id"),
    CONSTRAINT "qty_positive" CHECK (qty >= 0)
);
CREATE UNIQUE INDEX "items_name" ON "items" ("name");
-- downgrade
DROP TABLE "items";

-- case: drop table
-- upgrade
DROP TABLE "owners";
-- downgrade
CREATE TABLE "owners" (
    "id" INTEGER NOT NULL,
    "label" VARCHAR(20),
    PRIMARY KEY ("id")
);

-- case: rename table
-- upgrade
ALTER TABLE "items" RENAME TO "goods";
-- downgrade
ALTER TABLE "goods" RENAME TO "items";

-- case: add column
-- upgrade
ALTER TABLE "items" ADD COLUMN "note" TEXT;
-- downgrade
ALTER TABLE "items" DROP COLUMN "note";

-- case: add column in the middle
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "note" TEXT,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
ALTER TABLE "items" DROP COLUMN "note";

-- case: drop column
-- upgrade
ALTER TABLE "items" DROP COLUMN "qty";
-- downgrade
ALTER TABLE "items" ADD COLUMN "qty" INTEGER DEFAULT 0;

-- case: rename column
-- upgrade
ALTER TABLE "items" RENAME COLUMN "name" TO "title";
-- downgrade
ALTER TABLE "items" RENAME COLUMN "title" TO "name";

-- case: widen a type
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;

-- case: reorder and alter two columns
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "qty" INTEGER DEFAULT 1,
    "name" VARCHAR(100) NOT NULL,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "qty", "name") SELECT "id", "qty", "name" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;

-- case: nullability
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;

-- case: default
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 1,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;

-- case: add index
-- upgrade
CREATE INDEX "items_qty" ON "items" ("qty" DESC);
-- downgrade
DROP INDEX "items_qty";

-- case: rename index
-- upgrade
DROP INDEX "items_qty";
CREATE INDEX "items_by_qty" ON "items" ("qty");
-- downgrade
DROP INDEX "items_by_qty";
CREATE INDEX "items_qty" ON "items" ("qty");

-- case: add check
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id"),
    CONSTRAINT "qty_positive" CHECK (qty >= 0)
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty") SELECT "id", "name", "qty" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;

-- case: add foreign key
-- upgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    "owner_id" INTEGER,
    PRIMARY KEY ("id"),
    CONSTRAINT "items_owner" FOREIGN KEY ("owner_id") REFERENCES "owners" ("id") ON DELETE CASCADE
);
INSERT INTO "_strata_new_items" ("id", "name", "qty", "owner_id") SELECT "id", "name", "qty", "owner_id" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;
-- downgrade
CREATE TABLE "_strata_new_items" (
    "id" INTEGER NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "qty" INTEGER DEFAULT 0,
    "owner_id" INTEGER,
    PRIMARY KEY ("id")
);
INSERT INTO "_strata_new_items" ("id", "name", "qty", "owner_id") SELECT "id", "name", "qty", "owner_id" FROM "items";
DROP TABLE "items";
PRAGMA legacy_alter_table = ON;
ALTER TABLE "_strata_new_items" RENAME TO "items";
PRAGMA legacy_alter_table = OFF;

-- case: create view
-- upgrade
CREATE VIEW "big_items" AS SELECT id, name FROM items WHERE qty > 10;
-- downgrade
DROP VIEW "big_items";

-- case: create enum
-- upgrade
-- error: sqlite cannot express: enum type mood (SQLite has no enum types; use a CHECK constraint)
-- downgrade
-- error: sqlite cannot express: enum type mood (SQLite has no enum types; use a CHECK constraint)

-- case: add enum values
-- upgrade
-- error: sqlite cannot express: enum type mood
-- downgrade
-- error: sqlite cannot express: enum type mood

-- case: remove enum value
-- upgrade
-- error: sqlite cannot express: enum type mood
-- downgrade
-- error: sqlite cannot express: enum type mood

-- case: create sequence
-- upgrade
-- error: sqlite cannot express: sequence ticket_seq (SQLite has no sequences)
-- downgrade
-- error: sqlite cannot express: sequence ticket_seq (SQLite has no sequences)

-- case: create schema
-- upgrade
-- error: sqlite cannot express: schema audit (SQLite has one schema per database file)
-- downgrade
-- error: sqlite cannot express: schema audit (SQLite has one schema per database file)

-- case: create routine
-- upgrade
-- error: sqlite cannot express: function answer (SQLite has no stored routines)
-- downgrade
-- error: sqlite cannot express: function answer (SQLite has no stored routines)

-- case: a name to quote
-- upgrade
CREATE TABLE "we""ird`name" (
    "a.b" INTEGER
);
-- downgrade
DROP TABLE "we""ird`name";
