import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("history --graph")
struct HistoryGraphTests {
    @Test(arguments: [Engine.sqlite, .mysql])
    func drawsBranchesAndMarksWhereTheDatabaseIs(_ engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try p.revision("aa01", message: "create t", created: "2026-11-21T09:00:01Z", upgrade: "CREATE TABLE t (id INTEGER PRIMARY KEY)", downgrade: "DROP TABLE t")
            try p.revision("bb02", parents: ["aa01"], message: "add u", created: "2026-11-21T09:00:02Z", upgrade: "CREATE TABLE u (id INTEGER PRIMARY KEY)", downgrade: "DROP TABLE u")
            try p.revision("cc03", parents: ["aa01"], message: "add v", created: "2026-11-21T09:00:03Z", upgrade: "CREATE TABLE v (id INTEGER PRIMARY KEY)", downgrade: "DROP TABLE v")
            var r = try p.strata("upgrade", "bb02")
            #expect(r.status == 0, "\(r)")
            try await db.with { try await $0.execute("INSERT INTO t (id) VALUES (1)") }
            r = try p.strata("history", "--graph")
            #expect(r.status == 0, "\(r)")
            let lines = r.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 4 && lines[0].hasPrefix("*  cc03") && lines[1].hasPrefix("| @  bb02") && lines[2] == "|/" && lines[3].hasPrefix("*  aa01"), "\(r.stdout)")
            #expect(try await db.query("SELECT id FROM t") == [["1"]])
        }
    }
}
