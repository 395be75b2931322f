-- Golden SQL of the postgresql dialect: one case per kind of change (Tests/StrataTests/DialectGoldenTests.swift).

-- case: create table
-- upgrade
CREATE TABLE "items" (
    "id" integer NOT NULL,
    "name" varchar(50) NOT NULL,
    "qty" integer DEFAULT 0,
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
    "id" integer NOT NULL,
    "label" varchar(20),
    PRIMARY KEY ("id")
);

-- case: rename table
-- upgrade
ALTER TABLE "items" RENAME TO "goods";
ALTER TABLE "goods" RENAME CONSTRAINT "items_pkey" TO "goods_pkey";
-- downgrade
ALTER TABLE "goods" RENAME TO "items";
ALTER TABLE "items" RENAME CONSTRAINT "goods_pkey" TO "items_pkey";

-- case: add column
-- upgrade
ALTER TABLE "items" ADD COLUMN "note" text;
-- downgrade
ALTER TABLE "items" DROP COLUMN "note";

-- case: add column in the middle
-- upgrade
ALTER TABLE "items" ADD COLUMN "note" text;
-- downgrade
ALTER TABLE "items" DROP COLUMN "note";

-- case: drop column
-- upgrade
ALTER TABLE "items" DROP COLUMN "qty";
-- downgrade
ALTER TABLE "items" ADD COLUMN "qty" integer DEFAULT 0;

-- case: rename column
-- upgrade
ALTER TABLE "items" RENAME COLUMN "name" TO "title";
-- downgrade
ALTER TABLE "items" RENAME COLUMN "title" TO "name";

-- case: widen a type
-- upgrade
ALTER TABLE "items" ALTER COLUMN "name" TYPE varchar(100) USING "name"::varchar(100);
-- downgrade
ALTER TABLE "items" ALTER COLUMN "name" TYPE varchar(50) USING "name"::varchar(50);

-- case: reorder and alter two columns
-- upgrade
ALTER TABLE "items" ALTER COLUMN "qty" DROP DEFAULT;
ALTER TABLE "items" ALTER COLUMN "qty" SET DEFAULT 1;
ALTER TABLE "items" ALTER COLUMN "name" TYPE varchar(100) USING "name"::varchar(100);
-- downgrade
ALTER TABLE "items" ALTER COLUMN "name" TYPE varchar(50) USING "name"::varchar(50);
ALTER TABLE "items" ALTER COLUMN "qty" DROP DEFAULT;
ALTER TABLE "items" ALTER COLUMN "qty" SET DEFAULT 0;

-- case: nullability
-- upgrade
ALTER TABLE "items" ALTER COLUMN "qty" SET NOT NULL;
-- downgrade
ALTER TABLE "items" ALTER COLUMN "qty" DROP NOT NULL;

-- case: default
-- upgrade
ALTER TABLE "items" ALTER COLUMN "qty" DROP DEFAULT;
ALTER TABLE "items" ALTER COLUMN "qty" SET DEFAULT 1;
-- downgrade
ALTER TABLE "items" ALTER COLUMN "qty" DROP DEFAULT;
ALTER TABLE "items" ALTER COLUMN "qty" SET DEFAULT 0;

-- case: add index
-- upgrade
CREATE INDEX "items_qty" ON "items" ("qty" DESC);
-- downgrade
DROP INDEX "items_qty";

-- case: rename index
-- upgrade
ALTER INDEX "items_qty" RENAME TO "items_by_qty";
-- downgrade
ALTER INDEX "items_by_qty" RENAME TO "items_qty";

-- case: add check
-- upgrade
ALTER TABLE "items" ADD CONSTRAINT "qty_positive" CHECK (qty >= 0);
-- downgrade
ALTER TABLE "items" DROP CONSTRAINT "qty_positive";

-- case: add foreign key
-- upgrade
ALTER TABLE "items" ADD CONSTRAINT "items_owner" FOREIGN KEY ("owner_id") REFERENCES "owners" ("id") ON DELETE CASCADE;
-- downgrade
ALTER TABLE "items" DROP CONSTRAINT "items_owner";

-- case: create view
-- upgrade
CREATE VIEW "big_items" AS SELECT id, name FROM items WHERE qty > 10;
-- downgrade
DROP VIEW "big_items";

-- case: create enum
-- upgrade
CREATE TYPE "mood" AS ENUM ('sad', 'ok');
-- downgrade
DROP TYPE "mood";

-- case: add enum values
-- upgrade
ALTER TYPE "mood" ADD VALUE 'happy';
-- downgrade
ALTER TYPE "mood" RENAME TO "mood__strata_old";
CREATE TYPE "mood" AS ENUM ('sad', 'ok');
DROP TYPE "mood__strata_old";

-- case: remove enum value
-- upgrade
ALTER TYPE "mood" RENAME TO "mood__strata_old";
CREATE TYPE "mood" AS ENUM ('sad', 'ok');
DROP TYPE "mood__strata_old";
-- downgrade
ALTER TYPE "mood" ADD VALUE 'happy';

-- case: create sequence
-- upgrade
CREATE SEQUENCE "ticket_seq" INCREMENT BY 1 START WITH 1;
-- downgrade
DROP SEQUENCE "ticket_seq";

-- case: create schema
-- upgrade
CREATE SCHEMA "audit";
-- downgrade
DROP SCHEMA "audit";

-- case: create routine
-- upgrade
-- error: postgresql cannot express: MySQL function answer (its SQL is MySQL's)
-- downgrade
-- error: postgresql cannot express: MySQL function answer (its SQL is MySQL's)

-- case: a name to quote
-- upgrade
CREATE TABLE "we""ird`name" (
    "a.b" integer
);
-- downgrade
DROP TABLE "we""ird`name";
