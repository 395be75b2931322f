import Foundation
import StrataKit
import Testing
import StrataTestSupport

@Suite("Branches, merges, labels and depends-on against real databases")
struct BranchMergeTests {
    @Test(arguments: Engine.allCases)
    func branchesAndMerge(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            try p.revision("base00000001", message: "root", upgrade: "CREATE TABLE root (id INTEGER PRIMARY KEY);", downgrade: "DROP TABLE root;")
            try p.revision("left00000001", parents: ["base00000001"], message: "left", labels: ["left"],
                           upgrade: "CREATE TABLE lefty (id INTEGER PRIMARY KEY);\nINSERT INTO lefty (id) VALUES (1);", downgrade: "DROP TABLE lefty;")
            try p.revision("right0000001", parents: ["base00000001"], message: "right", labels: ["right"],
                           upgrade: "CREATE TABLE righty (id INTEGER PRIMARY KEY);\nINSERT INTO righty (id) VALUES (2);", downgrade: "DROP TABLE righty;")

            // Two heads: 'head' refuses and lists both; nothing is applied.
            var r = try p.strata("upgrade", "head")
            #expect(r.status == 2, "\(r)")
            #expect(r.stderr.contains("2 heads") && r.stderr.contains("left00000001 (left)") && r.stderr.contains("right0000001 (right)"), "\(r)")
            #expect(try await db.applied() == [])

            r = try p.strata("branches")
            #expect(r.stdout.contains("base00000001 (branchpoint) root") && r.stdout.contains("-> left00000001"), "\(r)")
            r = try p.strata("check")
            #expect(r.status == 1 && r.stdout.contains("FAIL: 2 heads"), "\(r)")

            // One branch by label, then all heads.
            r = try p.strata("upgrade", "left@head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["base00000001", "left00000001"])
            r = try p.strata("upgrade", "heads")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.tables() == ["lefty", "righty", "root"])
            r = try p.strata("current")
            #expect(r.stdout.contains("left00000001") && r.stdout.contains("right0000001"), "\(r)")

            // Merge the heads, with a revision on top of the merge.
            r = try p.strata("merge", "-m", "join", "-q")
            #expect(r.status == 0, "\(r)")
            let mergePath = p.directory + "/" + r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let merge = try RevisionParser.load(path: mergePath)
            #expect(Set(merge.parents) == ["left00000001", "right0000001"])
            r = try p.strata("heads")
            #expect(r.stdout.hasPrefix(merge.id) && r.stdout.contains("merge"), "\(r)")
            try p.revision("after0000001", parents: [merge.id], message: "after merge", created: "2026-11-22T00:00:00Z",
                           upgrade: "CREATE TABLE after_merge (id INTEGER PRIMARY KEY);", downgrade: "DROP TABLE after_merge;")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied().count == 5)

            // Downgrading to one side of the merge undoes the merge and what follows, keeps the other side.
            r = try p.strata("downgrade", "left00000001")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["base00000001", "left00000001", "right0000001"])
            #expect(try await db.query("SELECT \(SQLQuoting.asText("id", for: engine)) FROM lefty").map { $0[0] } == ["1"])

            // Downgrade of one labelled branch to its base leaves the other branch applied? No: both share the base.
            r = try p.strata("downgrade", "base00000001")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["base00000001"])
        }
    }

    @Test(arguments: Engine.allCases)
    func independentBranchesAndDependsOn(engine: Engine) async throws {
        try await withProject(engine) { db, p in
            // Two bases (two independent branches), and a revision on one that depends on the other.
            try p.revision("core00000001", message: "core", labels: ["core"], upgrade: "CREATE TABLE core (id INTEGER PRIMARY KEY);", downgrade: "DROP TABLE core;")
            try p.revision("bill00000001", message: "billing", labels: ["billing"], upgrade: "CREATE TABLE bill (id INTEGER PRIMARY KEY);", downgrade: "DROP TABLE bill;")
            try p.revision("bill00000002", parents: ["bill00000001"], message: "billing uses core", dependsOn: ["core"],
                           upgrade: "CREATE TABLE bill_core (id INTEGER PRIMARY KEY, core_id INTEGER REFERENCES core (id));", downgrade: "DROP TABLE bill_core;")

            var r = try p.strata("upgrade", "billing@head")
            #expect(r.status == 0, "\(r)")
            // depends-on pulled in core first.
            #expect(try await db.applied() == ["bill00000001", "bill00000002", "core00000001"])
            // Downgrading core's branch takes its dependent with it, leaves billing's base.
            r = try p.strata("downgrade", "core@base")
            #expect(r.status == 0, "\(r)")
            #expect(try await db.applied() == ["bill00000001"])
            #expect(try await db.tables() == ["bill"])
        }
    }
}
