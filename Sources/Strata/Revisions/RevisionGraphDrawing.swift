/// The revision graph drawn in text, newest first, the way `git log --graph` draws commits: one
/// lane per open line of history, `*` for a revision, `@` for one the database is at, `|\`
/// where a merge opens its second parent's lane and `|/` where two lanes meet at a branch point.
public struct RevisionGraphDrawing {
    /// The graph drawn.
    public let graph: RevisionGraph
    /// Revisions the database is at (their lane shows `@`).
    public var current: Set<String>

    /// A drawing of `graph`, `@` on the revisions in `current`.
    public init(graph: RevisionGraph, current: Set<String> = []) {
        self.graph = graph
        self.current = current
    }

    /// One string per line; `describe` gives the text after the lanes for a revision.
    public func lines(describe: (String) -> String) -> [String] {
        var out: [String] = []
        var lanes: [String] = []   // each lane waits for the revision named
        for id in graph.sorted(graph.order).reversed() {
            var mine = lanes.indices.filter { lanes[$0] == id }
            if mine.isEmpty {
                lanes.append(id)
                mine = [lanes.count - 1]
            }
            let c = mine[0]
            // Lanes that waited for this revision too come together here (a branch point).
            if mine.count > 1 {
                // `|/`: from the first lane that ends here on, lanes step one column left.
                let firstGone = mine[1]
                var line = Array(repeating: Character(" "), count: 2 * lanes.count)
                for i in lanes.indices { if i < firstGone { line[2 * i] = "|" } else { line[2 * i - 1] = "/" } }
                out.append(String(line).trimmedRight())
                for i in mine.dropFirst().reversed() { lanes.remove(at: i) }
            }
            let mark = current.contains(id) ? "@" : "*"
            out.append(lanes.indices.map { $0 == c ? mark : "|" }.joined(separator: " ") + "  " + describe(id))
            let parents = graph.revisions[id]?.parents ?? []
            guard let first = parents.first else {
                lanes.remove(at: c)
                continue
            }
            lanes[c] = first
            // A merge: its other parents get lanes to the right, unless a lane already waits for them.
            let opened = parents.dropFirst().filter { !lanes.contains($0) }
            if !opened.isEmpty {
                let before = lanes.count
                lanes.insert(contentsOf: opened, at: c + 1)
                // `|\` at the merge's lane (one `\` per lane opened); lanes to its right move over: `\`.
                out.append((0..<before).map { i in i == c ? "|" + String(repeating: "\\", count: opened.count) : i > c ? "\\" : "|" }
                    .joined(separator: " "))
            }
        }
        return out
    }
}

extension String {
    fileprivate func trimmedRight() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
