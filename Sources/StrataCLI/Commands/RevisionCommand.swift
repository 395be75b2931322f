import ArgumentParser
import Foundation
import StrataAuthoring

struct RevisionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revision",
        abstract: "Write a new revision file with empty upgrade and downgrade sections.")

    @OptionGroup var project: ProjectOptions

    @Option(name: [.short, .customLong("message")], help: "What the revision does.")
    var message: String

    @Option(help: "Parent: a head, an id, or 'base' to start a new branch (default: the single head).")
    var head: String?

    @Option(name: .customLong("branch-label"), help: "Label for a new branch (use with --head base).")
    var branchLabel: [String] = []

    @Option(name: .customLong("depends-on"), help: "Revision (id, prefix or label) that must be applied first.")
    var dependsOn: [String] = []

    @Option(help: "Revision id to use instead of a random one.")
    var revId: String?

    @Flag(help: "Fill the revision from the difference between the database and the target (as 'autogenerate').")
    var autogenerate = false

    @Option(help: "With --autogenerate: the desired schema (default: 'target' from strata.yml).")
    var target: String?

    @OptionGroup var sourceOptions: SourceOptions

    func run() async throws {
        let project = try await Workspace.load(self.project)
        if autogenerate {
            return try await Autogenerate.run(project: project, message: message, target: target, sourceOptions: sourceOptions)
        }
        let graph = project.graph
        var parents: [String] = []
        switch head {
        case "base": parents = []
        case nil, "head":
            if !graph.revisions.isEmpty { parents = [try graph.singleHead()] }
        case let h?:
            parents = Array(try graph.resolve(h).revisions).sorted()
        }
        let deps = try dependsOn.map { try graph.resolveRevision($0) }
        if let revId, !RevisionParser.isValidID(revId) {
            throw StrataError.usage("--rev-id '\(UnsafeText.oneLine(revId))' is not a revision id: use at most 64 letters, digits or '_'")
        }
        let id = revId ?? RevisionWriter.newID()
        if graph.revisions[id] != nil { throw StrataError.usage("revision id \(id) exists already") }
        let now = Date()
        let revision = Revision(id: id, parents: parents, dependsOn: deps, branchLabels: branchLabel, message: message,
                                created: RevisionWriter.timestamp(now))
        let path = project.settings.migrations + "/" + RevisionWriter.fileName(id: id, message: message, date: now)
        // The new file must still make a valid graph (e.g. a branch label used twice).
        _ = try RevisionGraph(Array(graph.revisions.values) + [revision])
        try Files.create(RevisionWriter.render(revision), at: path)
        print(project.options.quiet ? path : "Generating \(path) ... done")
    }
}

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Write a revision that merges heads into one (default: all heads).")

    @OptionGroup var project: ProjectOptions

    @Option(name: [.short, .customLong("message")], help: "What the merge is for.")
    var message: String = "merge heads"

    @Argument(help: "Revisions to merge (ids, prefixes, labels, or 'heads').")
    var revisions: [String] = ["heads"]

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let graph = project.graph
        var parents: Set<String> = []
        for r in revisions { parents.formUnion(try graph.resolve(r).revisions) }
        guard parents.count >= 2 else {
            throw StrataError.usage("nothing to merge: \(parents.count == 1 ? "only one revision (\(parents.first!))" : "no revisions") given; a merge needs two or more heads")
        }
        let id = RevisionWriter.newID()
        let now = Date()
        let revision = Revision(id: id, parents: graph.sorted(parents), message: message, created: RevisionWriter.timestamp(now),
                                upgrade: [RevisionSection(sql: "-- A merge usually needs no SQL.")],
                                downgrade: [RevisionSection(sql: "-- A merge usually needs no SQL.")])
        let path = project.settings.migrations + "/" + RevisionWriter.fileName(id: id, message: message, date: now)
        try Files.create(RevisionWriter.render(revision), at: path)
        print(project.options.quiet ? path : "Generating \(path) ... done (merges \(graph.sorted(parents).joined(separator: ", ")))")
    }
}
