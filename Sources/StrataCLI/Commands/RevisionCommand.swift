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
        let path = try project.core.newRevision(RevisionRequest(message: message, head: head, branchLabels: branchLabel, dependsOn: dependsOn, id: revId))
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
        let (path, merged) = try project.core.merge(revisions, message: message)
        print(project.options.quiet ? path : "Generating \(path) ... done (merges \(merged.joined(separator: ", ")))")
    }
}
