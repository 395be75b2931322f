import Strata
import Testing

/// Builds a revision quickly: `rev("b", ["a"])`.
func rev(_ id: String, _ parents: [String] = [], labels: [String] = [], depends: [String] = [], created: String? = nil) -> Revision {
    Revision(id: id, parents: parents, dependsOn: depends, branchLabels: labels, message: "m \(id)", created: created, path: "migrations/\(id).sql")
}

@Suite("Revision graph and targets")
struct RevisionGraphTests {
    /// a1 - b2 - c3 (head "main")
    ///        \- d4 - e5 (label "feature")
    let branched = try! RevisionGraph([
        rev("aa1111", created: "1"), rev("bb2222", ["aa1111"], created: "2"), rev("cc3333", ["bb2222"], created: "3"),
        rev("dd4444", ["bb2222"], labels: ["feature"], created: "4"), rev("ee5555", ["dd4444"], created: "5"),
    ])

    @Test func shape() {
        #expect(branched.heads == ["cc3333", "ee5555"])
        #expect(branched.bases == ["aa1111"])
        #expect(branched.branchPoints == ["bb2222"])
        #expect(branched.order == ["aa1111", "bb2222", "cc3333", "dd4444", "ee5555"])
        #expect(branched.heads(of: ["aa1111", "bb2222", "dd4444"]) == ["dd4444"])
    }

    @Test func targets() throws {
        #expect(throws: StrataError.self) { try branched.resolve("head") }
        #expect(try branched.resolve("heads").revisions == ["cc3333", "ee5555"])
        #expect(try branched.resolve("base").revisions == [])
        #expect(try branched.resolve("cc").revisions == ["cc3333"])
        #expect(try branched.resolve("feature").revisions == ["dd4444"])
        #expect(try branched.resolve("feature@head").revisions == ["ee5555"])
        #expect(try branched.resolve("aa1111+1").revisions == ["bb2222"])
        #expect(try branched.resolve("ee5555-2").revisions == ["bb2222"])
        #expect(try branched.resolve("-1", current: ["aa1111", "bb2222", "dd4444"]).revisions == ["bb2222"])
        #expect(try branched.resolve("-1", current: ["aa1111"]).revisions == [])
        #expect(try branched.resolve("feature@+1").revisions == ["ee5555"])
    }

    @Test func targetErrorsSayWhatToDo() {
        func message(_ t: String, current: Set<String> = []) -> String {
            do { _ = try branched.resolve(t, current: current); return "" } catch { return "\(error)" }
        }
        #expect(message("head").contains("2 heads: cc3333 (m cc3333), ee5555 (m ee5555)"))
        #expect(message("zz").contains("no revision matches 'zz'"))
        #expect(message("bb2222+1").contains("bb2222 has 2 children"))
        #expect(message("aa1111-2").contains("goes past base"))
        #expect(message("+1").contains("ambiguous"))
        #expect(message("-1", current: ["aa1111", "bb2222", "cc3333", "dd4444"]).contains("the database has 2 heads"))
        #expect(message("-1").contains("at base already"))
    }

    @Test func labelsWithDashesAndLabelAtBase() throws {
        let g = try RevisionGraph([rev("aa1111"), rev("bb2222", ["aa1111"], labels: ["team-2"]), rev("cc3333", ["bb2222"]),
                                   rev("dd4444", ["aa1111"], labels: ["other"])])
        #expect(try g.resolve("team-2").revisions == ["bb2222"])
        #expect(try g.resolve("cc3333-1").revisions == ["bb2222"])
        // team-2@base undoes that branch only: not the trunk, not the sibling branch.
        #expect(try g.downgradePlan(applied: Set(g.order), to: try g.resolve("team-2@base")) == ["cc3333", "bb2222"])
    }

    @Test func ambiguousPrefixNamesTheFiles() {
        let g = try! RevisionGraph([rev("abc111"), rev("abc222")])
        #expect(throws: StrataError.target("'abc' is ambiguous: it is a prefix of abc111 (migrations/abc111.sql), abc222 (migrations/abc222.sql); give more digits")) {
            try g.resolve("abc")
        }
    }

    @Test func plans() throws {
        let g = branched
        #expect(g.upgradePlan(applied: [], to: try g.resolve("cc3333")) == ["aa1111", "bb2222", "cc3333"])
        #expect(g.upgradePlan(applied: ["aa1111", "bb2222", "cc3333"], to: try g.resolve("heads")) == ["dd4444", "ee5555"])
        #expect(try g.downgradePlan(applied: Set(g.order), to: try g.resolve("bb2222")) == ["ee5555", "dd4444", "cc3333"])
        #expect(try g.downgradePlan(applied: Set(g.order), to: try g.resolve("base")) == ["ee5555", "dd4444", "cc3333", "bb2222", "aa1111"])
        #expect(throws: StrataError.self) { try g.downgradePlan(applied: ["aa1111"], to: try g.resolve("cc3333")) }
    }

    @Test func mergesAndDependsOn() throws {
        let g = try RevisionGraph([
            rev("base01"), rev("left01", ["base01"]), rev("right1", ["base01"]), rev("merge1", ["left01", "right1"]),
            rev("other1", labels: ["other"]), rev("uses01", ["other1"], depends: ["left01"]),
        ])
        #expect(g.heads == ["merge1", "uses01"])
        #expect(g.bases == ["base01", "other1"])
        #expect(g.upgradePlan(applied: [], to: try g.resolve("other@head")) == ["base01", "left01", "other1", "uses01"])
        // Downgrading left undoes the merge and the cross-branch dependent, not right.
        #expect(try g.downgradePlan(applied: Set(g.order), to: try g.resolve("base01")).sorted() == ["left01", "merge1", "right1", "uses01"])
        #expect(try g.downgradePlan(applied: Set(g.order), to: try g.resolve("left01")) == ["uses01", "merge1"].sorted { g.order.firstIndex(of: $0)! > g.order.firstIndex(of: $1)! })
        #expect(throws: StrataError.self) { try g.resolve("merge1-1") }
    }

    @Test func brokenGraphsNameTheFiles() {
        func message(_ list: [Revision]) -> String {
            do { _ = try RevisionGraph(list); return "" } catch { return "\(error)" }
        }
        #expect(message([rev("a"), rev("a")]) == "duplicate revision id a in migrations/a.sql and migrations/a.sql")
        #expect(message([rev("a", ["zz"])]) == "migrations/a.sql: parent revision zz of a does not exist")
        #expect(message([rev("a", ["b"]), rev("b", ["a"]), rev("c")]) == "revision cycle among: a (migrations/a.sql), b (migrations/b.sql)")
        #expect(message([rev("a", labels: ["x"]), rev("b", labels: ["x"])]).contains("branch label 'x' is on two revisions"))
        #expect(message([rev("a", depends: ["nothing"])]).contains("depends-on 'nothing' names no revision"))
    }
}

@Suite("Revision graph drawing")
struct RevisionGraphDrawingTests {
    @Test func branchesAndMergesAreDrawnWithTheCurrentRevisionMarked() throws {
        let g = try RevisionGraph([rev("a1", created: "2026-01-01T00:00:01Z"), rev("b2", ["a1"], created: "2026-01-01T00:00:02Z"),
                                   rev("c3", ["a1"], created: "2026-01-01T00:00:03Z"), rev("d4", ["c3"], created: "2026-01-01T00:00:04Z"),
                                   rev("e5", ["b2", "d4"], created: "2026-01-01T00:00:05Z"), rev("f6", ["e5"], created: "2026-01-01T00:00:06Z")])
        let lines = RevisionGraphDrawing(graph: g, current: ["e5"]).lines { $0 }
        #expect(lines == [
            "*  f6",
            "@  e5",
            "|\\",
            "| *  d4",
            "| *  c3",
            "* |  b2",
            "|/",
            "*  a1",
        ], "\(lines.joined(separator: "\n"))")
        // Two heads: the second one opens its own lane.
        let two = try RevisionGraph([rev("a1", created: "2026-01-01T00:00:01Z"), rev("b2", ["a1"], created: "2026-01-01T00:00:02Z"),
                                     rev("c3", ["a1"], created: "2026-01-01T00:00:03Z")])
        #expect(RevisionGraphDrawing(graph: two).lines { $0 } == ["*  c3", "| *  b2", "|/", "*  a1"])
    }
}
