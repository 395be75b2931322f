import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// Bringing change control to databases that had none (`baseline`), and accepting what was changed
/// on purpose (`repair`).
@Suite("baseline and repair")
struct AdoptionTests {
    static let create = "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);"

    @Test(arguments: [Engine.sqlite, .postgresql, .mysql])
    func baselineAdoptsADatabaseThatHasTheSchema(_ engine: Engine) async throws {
        try await withProject(engine) { db, p in
            let dev = engine == .sqlite ? [:] : ["STRATA_DEV_URL": engine == .postgresql ? TestDatabase.postgresAdmin : TestDatabase.mysqlAdmin]
            try await db.with { c in
                try await c.execute(String(Self.create.dropLast()))
                try await c.execute("INSERT INTO accounts (id, name) VALUES (1, 'Ada')")
            }
            try p.revision("b1b1b1b1b1b1", message: "accounts", upgrade: Self.create, downgrade: "DROP TABLE accounts;")
            try p.revision("b2b2b2b2b2b2", parents: ["b1b1b1b1b1b1"], message: "notes", upgrade: "CREATE TABLE notes (id INTEGER PRIMARY KEY);", downgrade: "DROP TABLE notes;")
            // The database has accounts but not notes: baselining at head is refused, nothing recorded.
            var r = try p.strata("baseline", "--check", env: dev)
            #expect(r.status == 1 && r.stderr.contains("differs from what the revisions up to head build") && r.stderr.contains("notes"), "\(r)")
            #expect(try await db.applied() == [])
            r = try p.strata("baseline", "b1b1b1b1b1b1", "--check", env: dev)
            #expect(r.status == 0 && r.stdout.contains("1 revision(s) recorded as applied"), "\(r)")
            #expect(try await db.applied() == ["b1b1b1b1b1b1"])
            r = try p.strata("baseline", "b1b1b1b1b1b1")
            #expect(r.status == 2 && r.stderr.contains("has 1 revision(s) already"), "\(r)")
            #expect(try p.strata("upgrade").status == 0)
            #expect(try await db.applied() == ["b1b1b1b1b1b1", "b2b2b2b2b2b2"])
            #expect(try await db.query("SELECT id, name FROM accounts") == [["1", "Ada"]])
        }
    }

    @Test func repairAcceptsAnEditAndKeepsTheOldChecksum() async throws {
        try await withProject(.sqlite) { db, p in
            try p.revision("p1p1p1p1p1p1", message: "accounts", upgrade: Self.create, downgrade: "DROP TABLE accounts;")
            #expect(try p.strata("upgrade").status == 0)
            let before = try await db.query("SELECT checksum FROM strata_version")[0][0]!
            try p.revision("p1p1p1p1p1p1", message: "accounts", upgrade: Self.create + "\n-- a comment added later\nCREATE INDEX ix_name ON accounts (name);", downgrade: "DROP TABLE accounts;")
            #expect(try p.strata("check").status == 1)
            let r = try p.strata("repair")
            #expect(r.status == 0 && r.stdout.contains("Accepted the edit of p1p1p1p1p1p1: checksum \(before.prefix(12))"), "\(r)")
            #expect(try p.strata("check").status == 0)
            let row = try await db.query("SELECT checksum, error, status FROM strata_version")[0]
            #expect(row[0] != before && row[1]?.contains("was \(before)") == true && row[2] == "applied", "\(row)")
            #expect(try p.strata("repair").stdout.contains("Nothing to repair."))
        }
    }

    @Test func repairFailedForgetsAHalfAppliedUpgradeOnlyWhenToldTo() async throws {
        try await withProject(.mysql) { db, p in
            try p.revision("f1f1f1f1f1f1", message: "half", upgrade: "CREATE TABLE half (id INTEGER PRIMARY KEY);\nINSERT INTO missing_table VALUES (1);", downgrade: "DROP TABLE half;")
            #expect(try p.strata("upgrade").status == 3)
            var r = try p.strata("repair")
            #expect(r.status == 5 && r.stderr.contains("repair --failed"), "\(r)")
            try await db.with { try await $0.execute("DROP TABLE half") }
            r = try p.strata("repair", "--failed")
            #expect(r.status == 0 && r.stdout.contains("Forgot the failed upgrade of f1f1f1f1f1f1"), "\(r)")
            #expect(try await db.applied() == [])
        }
    }
}
