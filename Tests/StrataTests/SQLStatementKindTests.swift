import Testing
@testable import Strata
import StrataDialects

/// How the runtime classifies a statement to settle an interrupted run.
@Suite struct SQLStatementKindTests {
    @Test(arguments: [
        ("UPDATE t SET v = 1", SQLStatement.Kind.data),
        ("  -- note\n/* x */ insert into t values (1)", .data),
        ("WITH x AS (SELECT 1) DELETE FROM t", .data),
        ("ALTER TABLE t ADD COLUMN c INT", .schema),
        ("create index i on t (v)", .schema),
        ("RENAME TABLE a TO b", .schema),
        ("CALL p()", .other),
        ("DO SLEEP(1)", .other),
        ("SET foreign_key_checks = 0", .other),
        ("/* unterminated", .other),
    ])
    func kinds(sql: String, kind: SQLStatement.Kind) {
        #expect(SQLStatement(sql: sql, line: 1).kind == kind)
    }

    @Test(arguments: [
        ("ALTER TABLE t01 ADD COLUMN c INT", ["t01"]),
        ("ALTER ONLINE TABLE `my table` DROP COLUMN c", ["`my table`"]),
        ("CREATE TABLE IF NOT EXISTS db.`t``x` (id INT)", ["db.`t``x`"]),
        ("DROP TABLE IF EXISTS a, `b`", ["a", "`b`"]),
        ("RENAME TABLE a TO b, c TO d", ["a", "b", "c", "d"]),
        ("CREATE UNIQUE INDEX ux ON t13 (v)", ["t13"]),
        ("DROP INDEX ix_t07 ON t07", ["t07"]),
        ("CREATE OR REPLACE INDEX i USING BTREE ON t (v)", ["t"]),
    ])
    func tablesChanged(sql: String, tables: [String]) {
        #expect(SQLStatement(sql: sql, line: 1).tablesChanged == tables)
    }

    @Test(arguments: ["CREATE VIEW v AS SELECT 1", "DROP TRIGGER tr", "CREATE PROCEDURE p() BEGIN END", "DROP INDEX ix", "UPDATE t SET v = 1"])
    func statementsOnOtherObjectsNameNoTable(sql: String) {
        #expect(SQLStatement(sql: sql, line: 1).tablesChanged == nil)
    }

    @Test(arguments: [
        (Engine.mysql, "DROP VIEW v2", "MySQL error 4092 (SQLSTATE 42S02): Unknown VIEW: 'db.v2'", true),
        (Engine.mysql, "CREATE VIEW v AS SELECT 1", "MySQL error 1050 (SQLSTATE 42S01): Table 'v' already exists", true),
        (Engine.mysql, "ALTER TABLE t RENAME COLUMN a TO b", "MySQL error 1054 (SQLSTATE 42S22): Unknown column 'a' in 't'", true),
        (Engine.mysql, "ALTER TABLE t ADD INDEX (a)", "MySQL error 1054 (SQLSTATE 42S22): Unknown column 'a' in 't'", false),
        (Engine.mysql, "CREATE VIEW v AS SELECT a FROM t", "MySQL error 1054 (SQLSTATE 42S22): Unknown column 'a' in 'field list'", false),
        (Engine.postgresql, "DROP TABLE t", "relation \"t\" does not exist SQLSTATE 42P01", true),
        (Engine.mysql, "UPDATE t SET v = 1", "MySQL error 1146 (SQLSTATE 42S02): Table 'db.t' doesn't exist", false),
        (Engine.sqlite, "DROP INDEX i", "no such index: i", true),
        (Engine.sqlite, "ALTER TABLE t RENAME COLUMN a TO b", "no such column: \"a\"", true),
        // The same words from another engine's message say nothing to MySQL's dialect.
        (Engine.mysql, "DROP TABLE t", "relation \"t\" does not exist SQLSTATE 42P01", false),
    ])
    func rollbackSkipsOnlyWhatNeverHappened(engine: Engine, sql: String, error: String, skipped: Bool) {
        #expect(Runner.alreadyUndone(SQLStatement(sql: sql, line: 1), error: error, dialect: engine.dialect) == skipped)
    }
}
