import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// Three revisions used by several tests: a table with rows, a new column, a second table.
func writeStandardRevisions(_ p: TestProject) throws {
    try p.revision("a1a1a1a1a1a1", message: "create items",
                   upgrade: "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\nINSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');",
                   downgrade: "DROP TABLE items;")
    try p.revision("b2b2b2b2b2b2", parents: ["a1a1a1a1a1a1"], message: "add price",
                   upgrade: "ALTER TABLE items ADD COLUMN price INTEGER;\nUPDATE items SET price = 3;",
                   downgrade: "ALTER TABLE items DROP COLUMN price;")
    try p.revision("c3c3c3c3c3c3", parents: ["b2b2b2b2b2b2"], message: "create tags", labels: ["tagging"],
                   upgrade: "CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(20));",
                   downgrade: "DROP TABLE tags;")
}

func itemRows(_ db: TestDatabase) async throws -> [String] {
    try await db.query("SELECT \(SQLQuoting.asText("id", for: db.engine)), name FROM items ORDER BY id").map { "\($0[0]!):\($0[1]!)" }
}

@Suite("Upgrade, downgrade and every target form, on each engine")
struct MigrationFlowTests {
    @Test(arguments: Engine.allCases)
    func lifecycleKeepsRows(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)

            var r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(r.stdout.contains("Upgrading a1a1a1a1a1a1 (1/3)"))
            #expect(try await db.tables() == ["items", "tags"])
            #expect(try await db.columns("items") == ["id", "name", "price"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"])

            r = try p.strata("current")
            #expect(r.status == 0 && r.stdout.hasPrefix("c3c3c3c3c3c3 (head, tagging) create tags"), "\(r)")

            // -1: one step back, rows stay.
            r = try p.strata("downgrade", "-1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["items"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])

            // REV-1 relative to a revision, and a prefix.
            r = try p.strata("downgrade", "b2b2-1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.columns("items") == ["id", "name"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])
            #expect(try await db.applied() == ["a1a1a1a1a1a1"])

            // +1 from current, then REV+1, then label.
            r = try p.strata("upgrade", "+1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2"])
            r = try p.strata("downgrade", "a1a1")
            #expect(try await db.applied() == ["a1a1a1a1a1a1"], "\(r)")
            r = try p.strata("upgrade", "a1a1a1a1a1a1+2")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"])
            #expect(try await itemRows(db) == ["1:apple", "2:pear"])

            // Nothing to do at head.
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0 && r.stdout.contains("Nothing to upgrade"), "\(r)")

            // base removes everything; the version table stays, empty.
            r = try p.strata("downgrade", "base")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == [])
            #expect(try await db.applied() == [])

            // A label and LABEL@head.
            r = try p.strata("upgrade", "tagging@head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied().count == 3)
            // LABEL@base undoes only the labelled branch, not the trunk it grew from.
            r = try p.strata("downgrade", "tagging@base")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1", "b2b2b2b2b2b2"])
            #expect(try await db.tables() == ["items"])
            r = try p.strata("upgrade", "heads")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied().count == 3)
        }
    }

    @Test(arguments: Engine.allCases)
    func readCommandsAndJSON(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            #expect(try p.strata("upgrade", "b2b2b2b2b2b2").status == 0)

            var r = try p.strata("current", "--json")
            let current = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            #expect(current["heads"] as? [String] == ["b2b2b2b2b2b2"], "\(r)")
            #expect(current["pending"] as? [String] == ["c3c3c3c3c3c3"])
            #expect((current["applied"] as? [[String: Any]])?.count == 2)

            r = try p.strata("history")
            #expect(r.stdout.split(separator: "\n") == [
                "b2b2b2b2b2b2 -> c3c3c3c3c3c3 (head, tagging) create tags",
                "a1a1a1a1a1a1 -> b2b2b2b2b2b2 add price",
                "<base> -> a1a1a1a1a1a1 create items",
            ], "\(r)")
            r = try p.strata("history", "-r", "b2b2:head", "--json")
            let hist = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
            #expect(hist.map { $0["id"] as! String } == ["c3c3c3c3c3c3", "b2b2b2b2b2b2"], "\(r)")
            // 'current' is where the database is: b2 is applied, c3 is not.
            r = try p.strata("history", "-r", "current:head", "--json")
            let fromCurrent = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
            #expect(fromCurrent?.map { $0["id"] as! String } == ["c3c3c3c3c3c3", "b2b2b2b2b2b2"], "\(r)")
            r = try p.strata("history", "-r", ":current", "--json")
            let toCurrent = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
            #expect(toCurrent?.map { $0["id"] as! String } == ["b2b2b2b2b2b2", "a1a1a1a1a1a1"], "\(r)")
            r = try p.strata("history", "--verbose")
            #expect(r.stdout.contains("file: ") && r.stdout.contains("created: 2026-11-21T09:00:00Z"))

            r = try p.strata("heads", "--json")
            let heads = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
            #expect(heads.map { $0["id"] as! String } == ["c3c3c3c3c3c3"])

            r = try p.strata("show", "b2b2")
            #expect(r.status == 0 && r.stdout.contains("Parents: a1a1a1a1a1a1") && r.stdout.contains("ALTER TABLE items ADD COLUMN price INTEGER;"), "\(r)")

            r = try p.strata("check")
            #expect(r.status == 0 && r.stdout.contains("1 revision(s) pending: c3c3c3c3c3c3") && r.stdout.contains("OK"), "\(r)")

            r = try p.strata("current", "--verbose")
            #expect(r.stdout.contains("a1a1a1a1a1a1 applied at"), "\(r)")
        }
    }

    @Test(arguments: Engine.allCases)
    func stampWritesOnlyTheVersionTable(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeStandardRevisions(p)
            // A database that had its tables before change control: stamp, then upgrade the rest.
            try await db.with { try await $0.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)") }
            try await db.with { try await $0.execute("INSERT INTO items (id, name) VALUES (7, 'kept')") }
            var r = try p.strata("stamp", "a1a1a1a1a1a1")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["a1a1a1a1a1a1"])
            #expect(try await itemRows(db) == ["7:kept"])
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.columns("items") == ["id", "name", "price"])
            #expect(try await itemRows(db) == ["7:kept"])
            r = try p.strata("stamp", "base")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == [])
            #expect(try await db.tables() == ["items", "tags"])
        }
    }
}
