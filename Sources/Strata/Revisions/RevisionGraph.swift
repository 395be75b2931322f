import Foundation

/// The revisions of a migrations folder as a directed acyclic graph.
///
/// Edges run from parent to child (`-- strata:parents`) and from dependency to dependent
/// (`-- strata:depends-on`). Heads and bases follow parent edges only, as in Alembic; ordering,
/// ancestry and downgrade closure follow both kinds of edge.
public struct RevisionGraph: Sendable {
    /// Revisions by id.
    public let revisions: [String: Revision]
    /// Children by parent id (parent edges only).
    public let children: [String: [String]]
    /// Dependents by dependency id (depends-on edges only).
    public let dependents: [String: [String]]
    /// Every revision in an order that applies parents and dependencies first (stable: by creation time, then id).
    public let order: [String]
    let position: [String: Int]

    /// Builds the graph, checking for duplicate ids, unknown parents, unknown dependencies,
    /// duplicate branch labels and cycles. Errors name the files.
    public init(_ list: [Revision]) throws {
        var byID: [String: Revision] = [:]
        for r in list {
            if let other = byID[r.id] {
                throw StrataError.graph("duplicate revision id \(r.id) in \(other.path) and \(r.path)")
            }
            byID[r.id] = r
        }
        var labels: [String: String] = [:]
        for r in list.sorted(by: { $0.path < $1.path }) {
            for l in r.branchLabels {
                if let other = labels[l] {
                    throw StrataError.graph("branch label '\(l)' is on two revisions: \(other) (\(byID[other]!.path)) and \(r.id) (\(r.path))")
                }
                if byID[l] != nil { throw StrataError.graph("branch label '\(l)' in \(r.path) is also a revision id") }
                labels[l] = r.id
            }
        }
        // Resolve depends-on entries given as labels or prefixes to ids.
        var resolved = byID
        for (id, r) in byID {
            resolved[id]!.dependsOn = try r.dependsOn.map { dep in
                if byID[dep] != nil { return dep }
                if let l = labels[dep] { return l }
                let matches = byID.keys.filter { $0.hasPrefix(dep) }
                guard matches.count == 1 else {
                    throw StrataError.graph("\(r.path): depends-on '\(dep)' \(matches.isEmpty ? "names no revision" : "is ambiguous: \(matches.sorted().joined(separator: ", "))")")
                }
                return matches[0]
            }
        }
        var children: [String: [String]] = [:]
        var dependents: [String: [String]] = [:]
        for r in resolved.values {
            for p in r.parents {
                guard resolved[p] != nil else {
                    throw StrataError.graph("\(r.path): parent revision \(p) of \(r.id) does not exist")
                }
                children[p, default: []].append(r.id)
            }
            for d in r.dependsOn { dependents[d, default: []].append(r.id) }
        }
        // Kahn's algorithm with a stable tie-break; whatever remains is on a cycle.
        func key(_ id: String) -> (String, String) { (resolved[id]!.created ?? "", id) }
        var indegree: [String: Int] = [:]
        for r in resolved.values { indegree[r.id] = Set(r.parents + r.dependsOn).count }
        var ready = indegree.filter { $0.value == 0 }.map(\.key).sorted { key($0) < key($1) }
        var order: [String] = []
        while !ready.isEmpty {
            let id = ready.removeFirst()
            order.append(id)
            var released: [String] = []
            for c in Set((children[id] ?? []) + (dependents[id] ?? [])) {
                indegree[c]! -= 1
                if indegree[c] == 0 { released.append(c) }
            }
            if !released.isEmpty {
                ready.append(contentsOf: released)
                ready.sort { key($0) < key($1) }
            }
        }
        if order.count < resolved.count {
            let onCycle = resolved.keys.filter { indegree[$0]! > 0 }.sorted()
            let files = onCycle.map { "\($0) (\(resolved[$0]!.path))" }
            throw StrataError.graph("revision cycle among: \(files.joined(separator: ", "))")
        }
        self.revisions = resolved
        self.children = children.mapValues { $0.sorted { key($0) < key($1) } }
        self.dependents = dependents
        self.order = order
        self.position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    /// Reads every `*.sql` file of `directory` (not recursive) into a graph.
    public static func load(directory: String) throws -> RevisionGraph {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw StrataError.io("migrations folder \(directory) does not exist (run 'strata init' or set 'migrations' in strata.yml)")
        }
        let names = try fm.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".sql") }.sorted()
        let revisions = try names.map { try RevisionParser.load(path: (directory as NSString).appendingPathComponent($0)) }
        return try RevisionGraph(revisions)
    }

    // MARK: shape

    /// Revisions no other revision names as parent, in order.
    public var heads: [String] { order.filter { (children[$0] ?? []).isEmpty } }
    /// Revisions without parents, in order.
    public var bases: [String] { order.filter { revisions[$0]!.parents.isEmpty } }
    /// Revisions with more than one child.
    public var branchPoints: [String] { order.filter { (children[$0] ?? []).count > 1 } }

    /// Sorts ids into application order.
    public func sorted<S: Sequence>(_ ids: S) -> [String] where S.Element == String {
        ids.sorted { position[$0]! < position[$1]! }
    }

    /// Revisions not applied whose descendants are: put into the history before revisions that
    /// ran already (a re-parented or late-merged file). Each with the applied descendants it precedes.
    public func insertedBeforeApplied(_ applied: Set<String>) -> [(revision: String, before: [String])] {
        sorted(Set(revisions.keys).subtracting(applied)).compactMap { id in
            let later = descendants(of: [id], inclusive: false).intersection(applied)
            return later.isEmpty ? nil : (id, sorted(later))
        }
    }

    /// `ids` and everything they need first (parents and dependencies, transitively).
    public func ancestors<S: Sequence>(of ids: S, inclusive: Bool = true) -> Set<String> where S.Element == String {
        walk(from: ids, inclusive: inclusive) { r in let rev = revisions[r]!; return rev.parents + rev.dependsOn }
    }

    /// `ids` and everything that needs them (children and dependents, transitively).
    public func descendants<S: Sequence>(of ids: S, inclusive: Bool = true) -> Set<String> where S.Element == String {
        walk(from: ids, inclusive: inclusive) { (children[$0] ?? []) + (dependents[$0] ?? []) }
    }

    private func walk<S: Sequence>(from ids: S, inclusive: Bool, next: (String) -> [String]) -> Set<String> where S.Element == String {
        var seen: Set<String> = []
        var stack = Array(ids)
        if !inclusive { stack = stack.flatMap(next) }
        while let id = stack.popLast() {
            if seen.insert(id).inserted { stack.append(contentsOf: next(id)) }
        }
        return seen
    }

    /// The heads of an applied set: applied revisions none of whose children is applied.
    public func heads(of applied: Set<String>) -> [String] {
        sorted(applied.filter { id in revisions[id] != nil && !(children[id] ?? []).contains(where: applied.contains) })
    }

    /// The revision carrying branch label `label`.
    public func revision(labelled label: String) -> String? {
        revisions.values.first { $0.branchLabels.contains(label) }?.id
    }
}
