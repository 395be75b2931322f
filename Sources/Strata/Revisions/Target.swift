/// Resolves what users write after `upgrade`, `downgrade`, `stamp` and `show`.
///
/// Forms: `head`, `heads`, `base`, a full id or a unique prefix, a branch label, `LABEL@head`,
/// `LABEL@base`, relative `+N` / `-N` (from the current revision), and `REV+N` / `REV-N`.
extension RevisionGraph {
    /// Where a target points: a set of revisions (empty for `base`).
    public struct Destination: Sendable, Equatable {
        /// The revisions the database should end at (an empty set means base).
        public var revisions: Set<String>
        /// For `LABEL@base`: the labelled revision; a downgrade undoes it and what builds on it,
        /// and leaves the shared trunk and sibling branches alone.
        public var scope: Set<String>?

        /// A target of `revisions`, limited to `scope` when given.
        public init(revisions: Set<String>, scope: Set<String>? = nil) {
            self.revisions = revisions
            self.scope = scope
        }
    }

    /// Resolves one revision: full id, unique prefix or branch label.
    public func resolveRevision(_ text: String) throws -> String {
        if revisions[text] != nil { return text }
        if let labelled = revision(labelled: text) { return labelled }
        let matches = revisions.keys.filter { $0.hasPrefix(text) }.sorted()
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw StrataError.target("no revision matches '\(text)' (not an id, a prefix of one, or a branch label)") }
        let listing = matches.map { "\($0) (\(revisions[$0]!.path))" }.joined(separator: ", ")
        throw StrataError.target("'\(text)' is ambiguous: it is a prefix of \(listing); give more digits")
    }

    /// The single head, or an error that lists the heads when there are several.
    public func singleHead(for word: String = "head") throws -> String {
        let hs = heads
        if hs.count == 1 { return hs[0] }
        if hs.isEmpty { throw StrataError.target("there are no revisions yet (run 'strata revision -m MESSAGE')") }
        throw StrataError.target("'\(word)' is ambiguous: there are \(hs.count) heads: \(describe(hs)); use 'heads', 'LABEL@head', an id, or 'strata merge'")
    }

    /// "id (message), id (message)"
    public func describe(_ ids: [String]) -> String {
        ids.map { id in
            let m = revisions[id]?.message ?? ""
            return m.isEmpty ? id : "\(id) (\(m))"
        }.joined(separator: ", ")
    }

    /// Resolves `text` against the applied set `current` (needed for relative targets).
    public func resolve(_ text: String, current: Set<String> = []) throws -> Destination {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch t {
        case "head" where revisions.isEmpty: return Destination(revisions: [])  // an empty history is at base
        case "head": return Destination(revisions: [try singleHead()])
        case "heads": return Destination(revisions: Set(heads))
        case "base": return Destination(revisions: [])
        case "": throw StrataError.target("empty target")
        default: break
        }
        if let at = t.firstIndex(of: "@") {
            let label = String(t[..<at])
            let what = String(t[t.index(after: at)...])
            let start = try resolveRevision(label)
            switch what {
            case "head":
                let branchHeads = heads.filter { descendants(of: [start]).contains($0) }
                guard branchHeads.count == 1 else {
                    throw StrataError.target("'\(t)' is ambiguous: the branch of \(label) has \(branchHeads.count) heads: \(describe(branchHeads))")
                }
                return Destination(revisions: [branchHeads[0]])
            case "base":
                return Destination(revisions: [], scope: [start])
            default:
                if let n = Int(what), what.hasPrefix("+") || what.hasPrefix("-") {
                    return Destination(revisions: try step(from: start, by: n, text: t).map { [$0] } ?? [])
                }
                throw StrataError.target("unknown target '\(t)' (after '@' write head, base, +N or -N)")
            }
        }
        if let n = Int(t), t.hasPrefix("+") || t.hasPrefix("-") {
            return try relative(n, current: current, text: t)
        }
        // An exact id or label wins over REV-N, so a label such as 'team-2' means itself.
        if revisions[t] != nil || revision(labelled: t) != nil {
            return Destination(revisions: [try resolveRevision(t)])
        }
        if let sign = t.lastIndex(where: { $0 == "+" || $0 == "-" }), sign != t.startIndex,
           let n = Int(t[sign...]) {
            let start = try resolveRevision(String(t[..<sign]))
            return Destination(revisions: try step(from: start, by: n, text: t).map { [$0] } ?? [])
        }
        return Destination(revisions: [try resolveRevision(t)])
    }

    /// `+N` applies the next N pending revisions toward the single head; `-N` steps back from the single current head.
    func relative(_ n: Int, current: Set<String>, text: String) throws -> Destination {
        if n >= 0 {
            let head = try singleHead(for: text)
            let pending = sorted(ancestors(of: [head]).subtracting(current))
            guard n <= pending.count else {
                throw StrataError.target("'\(text)': only \(pending.count) revision(s) left to apply")
            }
            let chosen = pending.prefix(n)
            return Destination(revisions: Set(heads(of: current.union(chosen))))
        }
        let currentHeads = heads(of: current)
        guard currentHeads.count == 1 else {
            if currentHeads.isEmpty { throw StrataError.target("'\(text)': the database is at base already") }
            throw StrataError.target("'\(text)' is ambiguous: the database has \(currentHeads.count) heads: \(describe(currentHeads)); use an id or LABEL@-N")
        }
        return Destination(revisions: try step(from: currentHeads[0], by: n, text: text).map { [$0] } ?? [])
    }

    /// Walks `n` steps along children (n > 0) or first parents (n < 0); nil means base.
    func step(from start: String, by n: Int, text: String) throws -> String? {
        var id: String? = start
        for _ in 0..<abs(n) {
            guard let here = id else { throw StrataError.target("'\(text)' goes past base") }
            if n > 0 {
                let kids = children[here] ?? []
                guard kids.count == 1 else {
                    throw StrataError.target(kids.isEmpty ? "'\(text)' goes past the head \(here)" : "'\(text)' is ambiguous: \(here) has \(kids.count) children: \(describe(kids))")
                }
                id = kids[0]
            } else {
                let parents = revisions[here]!.parents
                guard parents.count <= 1 else {
                    throw StrataError.target("'\(text)' is ambiguous: \(here) is a merge of \(describe(parents)); name the revision instead")
                }
                id = parents.first
            }
        }
        return id
    }
}
