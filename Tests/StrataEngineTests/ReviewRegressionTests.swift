import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("Safety regressions: offline failures, edited retries, stamp, environments, plan checks")
struct ReviewRegressionTests {
    @Test(arguments: Engine.allCases)
    func offlineScriptStopsAtTheFirstError(engine: Engine) async throws {
        let online = try await TestDatabase.create(engine)
        let offline = try await TestDatabase.create(engine)
        let p = try TestProject(database: online)
        defer { p.remove() }
        try p.revision("o1o1o1o1o1o1", message: "ok", upgrade: "CREATE TABLE ok_table (id INTEGER PRIMARY KEY);\nINSERT INTO ok_table (id) VALUES (1);", downgrade: "DROP TABLE ok_table;")
        try p.revision("o2o2o2o2o2o2", parents: ["o1o1o1o1o1o1"], message: "bad",
                       upgrade: "CREATE TABLE half_table (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);", downgrade: "DROP TABLE half_table;")
        try p.revision("o3o3o3o3o3o3", parents: ["o2o2o2o2o2o2"], message: "after", upgrade: "CREATE TABLE later_table (id INTEGER PRIMARY KEY);", downgrade: "DROP TABLE later_table;")
        let sql = try p.strata("upgrade", "--sql", "head")
        #expect(sql.status == 0)
        let ran = try OfflineSQLTests().runWithClient(sql.stdout, on: offline)
        #expect(ran.status != 0, "the client must report the failure: \(ran)")
        // Only the first revision is recorded; nothing after the failure ran.
        #expect(try await offline.applied() == ["o1o1o1o1o1o1"])
        #expect(!(try await offline.tables()).contains("later_table"))
        if engine != .mysql { #expect(try await offline.tables() == ["ok_table"]) }
        #expect(try await offline.query("SELECT \(SQLQuoting.asText("id", for: engine)) FROM ok_table") == [["1"]])
        await online.drop()
        await offline.drop()
    }

    @Test func retryRefusesWhenStatementsThatRanWereEdited() async throws {
        try await withProject(.mysql) { db, p in
            let path = try p.revision("m1m1m1m1m1m1", message: "three steps",
                                      upgrade: "CREATE TABLE s1 (id INT PRIMARY KEY);\nINSERT INTO s1 VALUES (1);\nINSERT INTO nowhere VALUES (2);",
                                      downgrade: "DROP TABLE IF EXISTS s1;")
            #expect(try p.strata("upgrade", "head").status == 3)
            #expect(try await db.versionRows() == [["m1m1m1m1m1m1", "upgrading", "2"]])
            // Someone edits a statement that already ran (and fixes the failed one): the database no
            // longer matches the file's first two statements, so retry refuses.
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let text = original.replacingOccurrences(of: "INSERT INTO nowhere VALUES (2);", with: "INSERT INTO s1 VALUES (2);")
            try text.replacingOccurrences(of: "INSERT INTO s1 VALUES (1);", with: "INSERT INTO s1 VALUES (5);\nINSERT INTO s1 VALUES (1);")
                .write(toFile: path, atomically: true, encoding: .utf8)
            var r = try p.strata("resolve", "--retry")
            #expect(r.status == 5 && r.stderr.contains("were edited since"), "\(r)")
            #expect(try await db.query("SELECT id FROM s1 ORDER BY id") == [["1"]])
            // Fixing only the failed statement is fine.
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            r = try p.strata("resolve", "--retry")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.query("SELECT id FROM s1 ORDER BY id") == [["1"], ["2"]])
            #expect(try await db.versionRows() == [["m1m1m1m1m1m1", "applied", "3"]])
        }
    }

    @Test(arguments: Engine.allCases)
    func stampKeepsUnknownRowsUnlessPurged(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            #expect(try p.strata("upgrade", "a1a1a1a1a1a1").status == 0)
            try await db.with { try await $0.execute("INSERT INTO strata_version (revision, checksum, status, statements_done, statements_total) VALUES ('f0reign00001', 'x', 'applied', 1, 1)") }
            var r = try p.strata("stamp", "head")
            #expect(r.status == 2 && r.stderr.contains("f0reign00001") && r.stderr.contains("--purge"), "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "f0reign00001"])
            r = try p.strata("stamp", "head", "--purge")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
        }
    }

    @Test func misspeltEnvironmentIsAnError() throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "default:\n  database_url: sqlite:///dev.db\nproduction:\n  database_url: sqlite:///prod.db\n".write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
        var r = try CLI.run(["config", "--env", "prod"], in: dir)
        #expect(r.status == 2 && r.stderr.contains("environment 'prod' is not defined") && r.stderr.contains("production"), "\(r)")
        r = try CLI.run(["config"], in: dir, env: ["STRATA_ENV": "production"])
        #expect(r.status == 0 && r.stdout.contains("sqlite:///prod.db"), "\(r)")
        r = try CLI.run(["config"], in: dir, env: ["STRATA_LOCK_TIMEOUT": "inf"])
        #expect(r.status == 2 && r.stderr.contains("from 0 to 86400"), "\(r)")
    }

    @Test(arguments: Engine.allCases)
    func missingDowngradeSectionStopsBeforeAnythingRuns(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            // b2 loses its downgrade section: 'downgrade base' must refuse before undoing c3.
            let path = p.directory + "/migrations/b2b2b2b2b2b2.sql"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(try p.strata("upgrade", "head").status == 0)
            try String(text[..<text.range(of: "-- strata:downgrade")!.lowerBound]).write(toFile: path, atomically: true, encoding: .utf8)
            let r = try p.strata("downgrade", "base")
            #expect(r.status == 2 && r.stderr.contains("revision b2b2b2b2b2b2 has no downgrade section"), "\(r)")
            #expect(try await db.applied().count == 3)
            #expect(try await db.tables() == ["items", "tags"])
        }
    }
}
