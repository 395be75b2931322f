import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("A failing statement mid-revision")
struct FailureTests {
    /// r1 is fine; r2's second statement fails.
    func writeFailing(_ p: TestProject) throws -> String {
        try p.revision("f1f1f1f1f1f1", message: "good",
                       upgrade: "CREATE TABLE good (id INTEGER PRIMARY KEY, v VARCHAR(10));\nINSERT INTO good (id, v) VALUES (1, 'one'), (2, 'two');",
                       downgrade: "DROP TABLE good;")
        return try p.revision("f2f2f2f2f2f2", parents: ["f1f1f1f1f1f1"], message: "breaks",
                              upgrade: "CREATE TABLE half (id INTEGER PRIMARY KEY);\nINSERT INTO good (id, missing_column) VALUES (3, 'x');\nUPDATE good SET v = 'changed';",
                              downgrade: "DROP TABLE IF EXISTS half;")
    }

    @Test(arguments: [Engine.sqlite, .postgresql])
    func transactionalEnginesRollBackTheRevision(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            let path = try writeFailing(p)
            let r = try p.strata("upgrade", "head")
            #expect(r.status == 3, "\(r)")
            #expect(r.stderr.contains("revision f2f2f2f2f2f2 failed at statement 2"), "\(r)")
            #expect(r.stderr.contains("missing_column"), "\(r)")
            #expect(r.stderr.contains("migrations/f2f2f2f2f2f2.sql:8"), "\(r)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one-line error: \(r)")
            // The first revision stays; the failed one left nothing behind.
            #expect(try await db.applied() == ["f1f1f1f1f1f1"])
            #expect(try await db.tables() == ["good"])
            #expect(try await db.query("SELECT \(SQLQuoting.asText("id", for: engine)), v FROM good ORDER BY id") == [["1", "one"], ["2", "two"]])
            // Not stuck: fix the file and upgrade again.
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "missing_column", with: "v")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let again = try p.strata("upgrade", "head")
            #expect(again.status == 0, "\(again)")
            #expect(try await db.query("SELECT v FROM good ORDER BY id").map { $0[0]! } == ["changed", "changed", "changed"])
        }
    }

    @Test func mysqlRecordsProgressAndRefusesUntilResolved() async throws {
        try await withProject(.mysql) { db, p in
            let path = try writeFailing(p)
            var r = try p.strata("upgrade", "head")
            #expect(r.status == 3, "\(r)")
            #expect(r.stderr.contains("revision f2f2f2f2f2f2 failed at statement 2"), "\(r)")
            #expect(r.stderr.contains("Unknown column 'missing_column'"), "\(r)")
            #expect(r.stderr.contains("statement 1 stays applied") && r.stderr.contains("strata resolve --retry"), "\(r)")
            // The version table knows how far it got; statement 1 stayed, rows untouched.
            #expect(try await db.versionRows() == [["f1f1f1f1f1f1", "applied", "2"], ["f2f2f2f2f2f2", "upgrading", "1"]])
            #expect(try await db.tables() == ["good", "half"])
            #expect(try await db.query("SELECT id, v FROM good ORDER BY id") == [["1", "one"], ["2", "two"]])

            // Every further run refuses, with the way out.
            r = try p.strata("upgrade", "head")
            #expect(r.status == 5 && r.stderr.contains("needs attention") && r.stderr.contains("stopped after 1 of 3 statements"), "\(r)")
            r = try p.strata("check")
            #expect(r.status == 1 && r.stdout.contains("needs attention"), "\(r)")

            // Fix the failing statement; retry runs statements 2 and 3 only (statement 1 would fail: table exists).
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "missing_column", with: "v")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            r = try p.strata("resolve", "--retry")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.versionRows() == [["f1f1f1f1f1f1", "applied", "2"], ["f2f2f2f2f2f2", "applied", "3"]])
            #expect(try await db.query("SELECT id, v FROM good ORDER BY id") == [["1", "changed"], ["2", "changed"], ["3", "changed"]])
            r = try p.strata("check")
            #expect(r.status == 0, "\(r)")
        }
    }

    @Test func mysqlRollbackAndForget() async throws {
        try await withProject(.mysql) { db, p in
            _ = try writeFailing(p)
            #expect(try p.strata("upgrade", "head").status == 3)
            // --rollback runs the downgrade section (DROP TABLE IF EXISTS half) and forgets the revision.
            var r = try p.strata("resolve", "--rollback")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["good"])
            #expect(try await db.versionRows() == [["f1f1f1f1f1f1", "applied", "2"]])
            #expect(try await db.query("SELECT id, v FROM good ORDER BY id") == [["1", "one"], ["2", "two"]])
            // Nothing left to resolve.
            r = try p.strata("resolve", "--forget")
            #expect(r.status == 2 && r.stderr.contains("nothing to resolve"), "\(r)")
            // Fail again, undo by hand, forget.
            #expect(try p.strata("upgrade", "head").status == 3)
            try await db.with { try await $0.execute("DROP TABLE half") }
            r = try p.strata("resolve", "--forget")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.versionRows() == [["f1f1f1f1f1f1", "applied", "2"]])
            // And --mark-applied after finishing by hand.
            #expect(try p.strata("upgrade", "head").status == 3)
            r = try p.strata("resolve", "--mark-applied")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.versionRows() == [["f1f1f1f1f1f1", "applied", "2"], ["f2f2f2f2f2f2", "applied", "3"]])
        }
    }

    @Test func postgresTransactionOffRunsOutsideATransaction() async throws {
        try await withProject(.postgresql) { db, p in
            try p.revision("t1t1t1t1t1t1", message: "table",
                           upgrade: "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO big SELECT g, 'v' || g FROM generate_series(1, 100) g;",
                           downgrade: "DROP TABLE big;")
            try p.revision("t2t2t2t2t2t2", parents: ["t1t1t1t1t1t1"], message: "concurrent index", transaction: false,
                           upgrade: "CREATE INDEX CONCURRENTLY big_v ON big (v);", downgrade: "DROP INDEX CONCURRENTLY big_v;")
            var r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.query("SELECT indexname::text FROM pg_indexes WHERE tablename = 'big' AND indexname = 'big_v'") == [["big_v"]])
            #expect(try await db.versionRows() == [["t1t1t1t1t1t1", "applied", "2"], ["t2t2t2t2t2t2", "applied", "1"]])
            // The same revision inside a transaction would fail: prove the flag matters.
            r = try p.strata("downgrade", "-1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.query("SELECT count(*)::text FROM big") == [["100"]])
        }
    }
}
