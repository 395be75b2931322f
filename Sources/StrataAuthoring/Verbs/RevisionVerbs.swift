import Foundation

/// What `strata revision` writes: an empty revision on a head, on base (a new branch) or on given parents.
public struct RevisionRequest: Sendable {
    /// What the revision does.
    public var message: String
    /// A head, an id, or `base` to start a new branch; `nil` for the single head.
    public var head: String?
    /// Labels for a new branch (with `head: "base"`).
    public var branchLabels: [String]
    /// Revisions (ids, prefixes or labels) that must be applied first.
    public var dependsOn: [String]
    /// The id to use instead of a random one.
    public var id: String?

    /// A request for a revision called `message`.
    public init(message: String, head: String? = nil, branchLabels: [String] = [], dependsOn: [String] = [], id: String? = nil) {
        self.message = message
        self.head = head
        self.branchLabels = branchLabels
        self.dependsOn = dependsOn
        self.id = id
    }
}

extension Project {
    /// Writes a new revision file with empty upgrade and downgrade sections; returns its path.
    /// Refuses an id in use or malformed, and a file that would not make a valid graph.
    public func newRevision(_ request: RevisionRequest) throws -> String {
        var parents: [String] = []
        switch request.head {
        case "base": parents = []
        case nil, "head":
            if !graph.revisions.isEmpty { parents = [try graph.singleHead()] }
        case let h?:
            parents = Array(try graph.resolve(h).revisions).sorted()
        }
        let deps = try request.dependsOn.map { try graph.resolveRevision($0) }
        if let id = request.id, !RevisionParser.isValidID(id) {
            throw StrataError.usage("--rev-id '\(UnsafeText.oneLine(id))' is not a revision id: use at most 64 letters, digits or '_'")
        }
        let id = request.id ?? RevisionWriter.newID()
        if graph.revisions[id] != nil { throw StrataError.usage("revision id \(id) exists already") }
        let now = Date()
        let revision = Revision(id: id, parents: parents, dependsOn: deps, branchLabels: request.branchLabels, message: request.message,
                                created: RevisionWriter.timestamp(now))
        // The new file must still make a valid graph (e.g. a branch label used twice).
        _ = try RevisionGraph(Array(graph.revisions.values) + [revision])
        return try write(revision, date: now)
    }

    /// Writes a revision that merges `revisions` (ids, prefixes, labels, or `heads`) into one;
    /// returns its path and the revisions merged. A merge needs two or more.
    public func merge(_ revisions: [String] = ["heads"], message: String = "merge heads") throws -> (path: String, merged: [String]) {
        var parents: Set<String> = []
        for r in revisions { parents.formUnion(try graph.resolve(r).revisions) }
        guard parents.count >= 2 else {
            throw StrataError.usage("nothing to merge: \(parents.count == 1 ? "only one revision (\(parents.first!))" : "no revisions") given; a merge needs two or more heads")
        }
        let now = Date()
        let merged = graph.sorted(parents)
        let revision = Revision(id: RevisionWriter.newID(), parents: merged, message: message, created: RevisionWriter.timestamp(now),
                                upgrade: [RevisionSection(sql: "-- A merge usually needs no SQL.")],
                                downgrade: [RevisionSection(sql: "-- A merge usually needs no SQL.")])
        return (try write(revision, date: now), merged)
    }

    /// Writes `revision` into the migrations folder under its file name; returns the path.
    func write(_ revision: Revision, date: Date) throws -> String {
        let path = settings.migrations + "/" + RevisionWriter.fileName(id: revision.id, message: revision.message, date: date)
        try Files.create(RevisionWriter.render(revision), at: path)
        return path
    }
}
