import Foundation
import StrataKit
import Testing

/// A revision that stopped half-way on MariaDB is not hidden by the commands around it.
@Suite("A half-applied revision stays visible")
struct HalfAppliedTests {
    func failHalfWay(_ db: TestDatabase, _ p: TestProject) throws {
        try p.revision("h1h1h1h1h1h1", message: "good",
                       upgrade: "CREATE TABLE good (id INTEGER PRIMARY KEY, v VARCHAR(10));\nINSERT INTO good (id, v) VALUES (1, 'one');",
                       downgrade: "DROP TABLE good;")
        try p.revision("h2h2h2h2h2h2", parents: ["h1h1h1h1h1h1"], message: "breaks",
                       upgrade: "CREATE TABLE half (id INTEGER PRIMARY KEY);\nINSERT INTO good (id, missing_column) VALUES (3, 'x');",
                       downgrade: "DROP TABLE IF EXISTS half;")
        let r = try p.strata("upgrade", "head")
        #expect(r.status == 3, "\(r)")
    }

    @Test func stampRefusesToHideIt() async throws {
        try await withProject(.mysql) { db, p in
            try failHalfWay(db, p)
            try p.revision("h3h3h3h3h3h3", parents: ["h2h2h2h2h2h2"], message: "x", upgrade: "SELECT 1;", downgrade: "SELECT 1;")
            var r = try p.strata("stamp", "head")
            #expect(r.status == 5 && r.stderr.contains("needs attention") && r.stderr.contains("--over-half-applied"), "\(r)")
            #expect(try await db.versionRows() == [["h1h1h1h1h1h1", "applied", "2"], ["h2h2h2h2h2h2", "upgrading", "1"]])
            r = try p.strata("check")
            #expect(r.status == 1 && r.stdout.contains("needs attention"), "\(r)")
            // Told explicitly, it stamps and says what it replaced.
            r = try p.strata("stamp", "head", "--over-half-applied")
            #expect(r.status == 0 && r.stderr.contains("stamping over half-applied revision h2h2h2h2h2h2") && r.stderr.contains("missing_column"), "\(r)")
            #expect(try await db.applied() == ["h1h1h1h1h1h1", "h2h2h2h2h2h2", "h3h3h3h3h3h3"])
            #expect(try await db.query("SELECT id, v FROM good ORDER BY id") == [["1", "one"]])
        }
    }

    @Test func autogenerateRefusesOnTopOfIt() async throws {
        try await withProject(.mysql) { db, p in
            try failHalfWay(db, p)
            let before = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").sorted()
            let r = try p.strata("autogenerate", "-m", "more", "--target", db.url)
            #expect(r.status == 5 && r.stderr.contains("needs attention") && r.stderr.contains("resolve"), "\(r)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").sorted() == before)
            #expect(try await db.query("SELECT id, v FROM good ORDER BY id") == [["1", "one"]])
        }
    }

    @Test func aRevisionInProgressIsNotAFailure() async throws {
        try await withProject(.mysql) { db, p in
            try failHalfWay(db, p)
            // Another runner holds the migration lock (this test's connection stands in for it, so no timing is involved).
            let holder = try await Databases.connect(db.url)
            try await holder.acquireLock(name: "strata:\(db.name):strata_version", timeout: 5)
            var r = try p.strata("current")
            #expect(r.status == 0 && r.stdout.contains("in progress: another strata process is running the upgrade of revision h2h2h2h2h2h2") && !r.stdout.contains("needs attention"), "\(r)")
            r = try p.strata("check")
            #expect(r.status == 0 && r.stdout.contains("in progress") && !r.stdout.contains("FAIL"), "\(r)")
            try await holder.releaseLock(name: "strata:\(db.name):strata_version")
            await holder.close()
            // Nobody holds the lock: the same row is a revision that stopped.
            r = try p.strata("current")
            #expect(r.stdout.contains("needs attention") && !r.stdout.contains("in progress"), "\(r)")
            r = try p.strata("check")
            #expect(r.status == 1 && r.stdout.contains("needs attention"), "\(r)")
            #expect(try await db.query("SELECT id, v FROM good ORDER BY id") == [["1", "one"]])
        }
    }

    @Test func upgradeSQLBackwardsIsRefusedNotEmpty() async throws {
        try await withProject(.sqlite) { _, p in
            try writeStandardRevisions(p)
            var r = try p.strata("upgrade", "--sql", "head:base")
            #expect(r.status == 2 && r.stderr.contains("downgrade --sql head:base") && r.stdout.isEmpty, "\(r)")
            r = try p.strata("upgrade", "--sql", "base:head")
            #expect(r.status == 0 && r.stdout.contains("CREATE TABLE"), "\(r)")
        }
    }

    @Test func revIDIsValidated() async throws {
        try await withProject(.sqlite) { _, p in
            for bad in ["a\nb", String(repeating: "a", count: 65), "semi;colon"] {
                let r = try p.strata("revision", "-m", "x", "--rev-id", bad)
                #expect(r.status == 2 && r.stderr.contains("is not a revision id"), "\(r)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").isEmpty)
        }
    }
}

@Suite("Destructive downgrades are marked")
struct DestructiveDowngradeTests {
    @Test func wideningMarksTheNarrowingDowngrade() async throws {
        try await withProject(.sqlite) { db, p in
            try p.revision("w1w1w1w1w1w1", message: "t", upgrade: "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(100));\nINSERT INTO t VALUES (1, 'a');", downgrade: "DROP TABLE t;")
            #expect(try p.strata("upgrade", "head").status == 0)
            try "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(200));\n".write(toFile: p.directory + "/schema.sql", atomically: true, encoding: .utf8)
            let r = try p.strata("autogenerate", "-m", "widen", "--target", "schema.sql")
            #expect(r.status == 0 && r.stdout.contains("! downgrade: t: narrows name from varchar(200) to varchar(100)"), "\(r)")
            let file = try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").first { $0.contains("widen") }!
            let text = try String(contentsOfFile: p.directory + "/migrations/" + file, encoding: .utf8)
            #expect(text.contains("-- DESTRUCTIVE DOWNGRADE: t: narrows name"), "\(text)")
            #expect(try p.strata("upgrade", "head").status == 0)
            #expect(try await db.query("SELECT id, name FROM t") == [["1", "a"]])
        }
    }
}
