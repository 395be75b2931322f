import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// A chain of `count` revisions, each logging itself once in `applied_log`: a second application
/// would fail on the primary key or add to the row count.
func writeLoggedChain(_ p: TestProject, count: Int, prefix: String) throws {
    var parent: [String] = []
    for i in 1...count {
        let id = prefix + String(format: "%011d", i)
        let create = i == 1 ? "CREATE TABLE applied_log (n INTEGER PRIMARY KEY, note VARCHAR(20));\n" : ""
        try p.revision(id, parents: parent, message: "step \(i)",
                       upgrade: create + "INSERT INTO applied_log (n, note) VALUES (\(i), 'step');",
                       downgrade: i == 1 ? "DROP TABLE applied_log;" : "DELETE FROM applied_log WHERE n = \(i);")
        parent = [id]
    }
}

@Suite("Concurrent runners and the migration lock")
struct ConcurrencyTests {
    @Test(arguments: Engine.allCases)
    func eightProcessesApplyTwentyRevisionsExactlyOnce(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeLoggedChain(p, count: 20, prefix: "c")
            let directory = p.directory
            let results = try await withThrowingTaskGroup(of: CLI.Result.self) { group in
                for _ in 0..<8 {
                    group.addTask { try CLI.run(["upgrade", "head"], in: directory) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for r in results { #expect(r.status == 0, "\(r)") }
            let appliedCounts = results.map { r in r.stdout.components(separatedBy: "Upgrading ").count - 1 }
            #expect(appliedCounts.reduce(0, +) == 20, "each revision applied by exactly one process: \(appliedCounts)")
            #expect(try await db.query("SELECT \(SQLQuoting.asText("count(*)", for: engine)), \(SQLQuoting.asText("sum(n)", for: engine)) FROM applied_log") == [["20", "210"]])
            #expect(try await db.applied().count == 20)
        }
    }

    /// Upgrades racing with `current` and `check` (which must not call a revision in progress a
    /// failure), then a downgrade racing with upgrades: each revision is applied or undone exactly
    /// once, and the log table matches the version table at the end.
    @Test(arguments: Engine.allCases)
    func upgradesMixedWithReadersAndADowngrade(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try writeLoggedChain(p, count: 12, prefix: "m")
            let directory = p.directory
            func race(_ commands: [[String]]) async throws -> [([String], CLI.Result)] {
                try await withThrowingTaskGroup(of: ([String], CLI.Result).self) { group in
                    for c in commands { group.addTask { (c, try CLI.run(c, in: directory)) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            let first = try await race(Array(repeating: ["upgrade", "head"], count: 6) + Array(repeating: ["current"], count: 3) + Array(repeating: ["check"], count: 3))
            for (c, r) in first {
                #expect(!r.stdout.contains("needs attention") && !r.stderr.contains("needs attention"), "\(c): \(r)")
                #expect(r.status == 0 || (c == ["check"] && r.status == 1 && r.stdout.contains("pending")), "\(c): \(r)")
            }
            #expect(try await db.applied().count == 12)
            let second = try await race([["downgrade", "-4"]] + Array(repeating: ["upgrade", "head"], count: 3) + [["current"], ["check"]])
            for (c, r) in second {
                #expect(r.status == 0 || (c == ["check"] && r.status == 1 && !r.stdout.contains("needs attention")), "\(c): \(r)")
            }
            let applied = try await db.applied().count
            #expect(applied == 12 || applied == 8, "\(applied)")
            let log = try await db.query("SELECT \(SQLQuoting.asText("count(*)", for: engine)), \(SQLQuoting.asText("sum(n)", for: engine)) FROM applied_log")
            #expect(log == [["\(applied)", "\((1...applied).reduce(0, +))"]], "\(log)")
        }
    }

    @Test(arguments: Engine.allCases)
    func lockHeldElsewhereTimesOutWithAClearMessage(engine: Engine) async throws {
        let db = try await TestDatabase.create(engine)
        let p = try TestProject(database: db, extraSettings: "  lock_timeout: 1\n".replacingOccurrences(of: "  lock_timeout: 1\n", with: ""))
        defer { p.remove() }
        try writeStandardRevisions(p)
        let holder = try await Databases.connect(db.url)
        let lockName = "strata:\(try DatabaseURL(db.url).database):strata_version"
        try await holder.acquireLock(name: lockName, timeout: 5)
        let r = try p.strata("upgrade", "head", env: ["STRATA_LOCK_TIMEOUT": "1"])
        #expect(r.status == 4, "\(r)")
        #expect(r.stderr.contains("holds the migration lock"), "\(r)")
        #expect(r.stderr.contains("waited 1 s"), "\(r)")
        try await holder.releaseLock(name: lockName)
        await holder.close()
        #expect(try await db.applied() == [])
        #expect(try await db.tables() == [])
        // Once released, the same command goes through.
        #expect(try p.strata("upgrade", "head").status == 0)
        #expect(try await db.applied().count == 3)
        await db.drop()
    }
}
