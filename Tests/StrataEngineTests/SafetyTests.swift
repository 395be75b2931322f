import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("Checksums, shared databases, bad input")
struct SafetyTests {
    @Test(arguments: Engine.allCases)
    func editedAppliedRevisionIsCaught(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            #expect(try p.strata("upgrade", "b2b2b2b2b2b2").status == 0)
            // Editing whitespace or the message does not count; editing SQL does.
            let path = p.directory + "/migrations/a1a1a1a1a1a1.sql"
            var text = try String(contentsOfFile: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "-- strata:message create items", with: "-- strata:message create the items table")
            text = text.replacingOccurrences(of: "DROP TABLE items;", with: "DROP TABLE items;   \n\n")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try p.strata("check").status == 0)

            text = text.replacingOccurrences(of: "(2, 'pear')", with: "(2, 'plum')")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            var r = try p.strata("check")
            #expect(r.status == 1 && r.stdout.contains("revision a1a1a1a1a1a1") && r.stdout.contains("edited after it was applied"), "\(r)")
            r = try p.strata("upgrade", "--strict", "head")
            #expect(r.status == 1 && r.stderr.contains("--strict"), "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2"])
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0 && r.stderr.contains("warning: applied revision was edited"), "\(r)")
            #expect(try await db.applied().count == 3)
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
        }
    }

    @Test(arguments: Engine.allCases)
    func twoProjectsShareOneDatabase(engine: Engine) async throws {
        let db = try await TestDatabase.create(engine)
        let a = try TestProject(database: db)
        let b = try TestProject(database: db, versionTable: "other_version")
        defer { a.remove(); b.remove() }
        try writeStandardRevisions(a)
        try b.revision("0b0b0b0b0b0b", message: "team b", upgrade: "CREATE TABLE team_b (id INTEGER PRIMARY KEY);\nINSERT INTO team_b (id) VALUES (42);", downgrade: "DROP TABLE team_b;")
        #expect(try a.strata("upgrade", "head").status == 0)
        #expect(try b.strata("upgrade", "head").status == 0)
        // Team A going back to base never touches team B's table.
        let r = try a.strata("downgrade", "base")
        #expect(r.status == 0, "\(r)")
        #expect(try await db.tables() == ["team_b"])
        #expect(try await db.query("SELECT \(SQLQuoting.asText("id", for: engine)) FROM team_b") == [["42"]])
        #expect(try await db.applied("other_version") == ["0b0b0b0b0b0b"])
        #expect(try await db.applied() == [])
        await db.drop()
    }

    @Test func badURLsGiveOneLineErrorsWithMaskedPasswords() async throws {
        let dir = try TestDatabase.tempDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/migrations", withIntermediateDirectories: true)
        let cases: [(url: String, status: Int32, contains: String)] = [
            ("oracle://u:hunter2@h/db", 2, "unknown scheme 'oracle'"),
            ("postgresql://strata:hunter2@127.0.0.1:1/postgres", 3, "cannot connect to postgresql://strata:***@127.0.0.1:1/postgres"),
            ("postgresql://strata:hunter2@127.0.0.1:5432/postgres", 3, "28P01"),
            ("postgresql://strata:strata@127.0.0.1:5432/no_such_db_here", 3, "3D000"),
            ("mysql://strata:hunter2@127.0.0.1:3306/mysql", 3, "MySQL error 1045"),
            ("mysql://strata:hunter2@127.0.0.1:1/mysql", 3, "cannot connect to mysql://strata:***@127.0.0.1:1/mysql"),
            ("mysql://strata:strata@127.0.0.1:3306/no_such_db_here", 3, "Unknown database"),
            ("mysql://strata:hunter2@127.0.0.1:99999/x", 2, "port '99999'"),
            ("sqlite:///no/such/folder/x.db", 3, "folder no/such/folder does not exist"),
        ]
        for c in cases {
            let r = try CLI.run(["current", "--url", c.url], in: dir)
            #expect(r.status == c.status, "\(c.url): \(r)")
            #expect(r.stderr.contains(c.contains), "\(c.url): \(r)")
            #expect(!r.stderr.contains("hunter2") && !r.stdout.contains("hunter2"), "password leaked: \(r)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r)")
        }
    }

    @Test func malformedRevisionFilesAndTargets() async throws {
        try await withProject(.sqlite) { db, p in
            try writeStandardRevisions(p)
            #expect(try p.strata("upgrade", "a1a1a1a1a1a1").status == 0)
            let broken = p.directory + "/migrations/zz_broken.sql"
            try "-- strata:revision e5e5e5e5e5e5\n-- strata:parents c3c3c3c3c3c3\n-- strata:colour blue\n-- strata:upgrade\nSELECT 1;\n".write(toFile: broken, atomically: true, encoding: .utf8)
            var r = try p.strata("upgrade", "head")
            #expect(r.status == 2 && r.stderr.contains("migrations/zz_broken.sql:3: unknown header line strata:colour"), "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1"])
            // A cycle names the files.
            try "-- strata:revision e5e5e5e5e5e5\n-- strata:parents f6f6f6f6f6f6\n-- strata:upgrade\nSELECT 1;\n".write(toFile: broken, atomically: true, encoding: .utf8)
            try "-- strata:revision f6f6f6f6f6f6\n-- strata:parents e5e5e5e5e5e5\n-- strata:upgrade\nSELECT 1;\n".write(toFile: p.directory + "/migrations/zz_cycle.sql", atomically: true, encoding: .utf8)
            r = try p.strata("history")
            #expect(r.status == 2 && r.stderr.contains("revision cycle among: e5e5e5e5e5e5") && r.stderr.contains("zz_cycle.sql"), "\(r)")
            try FileManager.default.removeItem(atPath: p.directory + "/migrations/zz_cycle.sql")
            try FileManager.default.removeItem(atPath: broken)
            // Unknown and ambiguous targets.
            r = try p.strata("upgrade", "nope")
            #expect(r.status == 2 && r.stderr.contains("no revision matches 'nope'"), "\(r)")
            try p.revision("a1a1ffffffff", message: "clash", upgrade: "SELECT 1;", downgrade: "SELECT 1;")
            r = try p.strata("upgrade", "a1a1")
            #expect(r.status == 2 && r.stderr.contains("'a1a1' is ambiguous"), "\(r)")
            r = try p.strata("upgrade", "+9")
            #expect(r.status == 2, "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1"])
            #expect(try await db.tables() == ["items"])
        }
    }
}
