import ArgumentParser
import Foundation
import StrataAuthoring

struct CurrentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "current",
        abstract: "Show the revision(s) the database is at.")

    @OptionGroup var project: ProjectOptions
    @Flag(name: .shortAndLong, help: "Show every applied revision with when, by whom and how long.") var verbose = false
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let graph = project.graph
        let report = try await project.core.current(onEvent: project.warningsOnly())
        if json { return try Output.json(report) }
        if report.heads.isEmpty { print("base (nothing applied) on \(report.database)") }
        for h in report.heads { print(Output.describe(h, in: graph)) }
        if let stuck = report.needsAttention { print(stuck) }
        if let running = report.inProgress { print(running) }
        if verbose {
            for row in report.applied {
                print("  \(row.revision) \(row.status) at \(row.appliedAt ?? "?") by \(row.appliedBy ?? "?")\(row.durationMs.map { " in \($0) ms" } ?? "")")
            }
        }
        if !project.options.quiet && !report.pending.isEmpty { print("\(report.pending.count) revision(s) pending.") }
    }
}

struct HeadsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "heads", abstract: "Show the heads of the revision graph.")
    @OptionGroup var project: ProjectOptions
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        if json { return try Output.json(project.graph.heads.map { RevisionInfo($0, project.graph) }) }
        for h in project.graph.heads { print(Output.describe(h, in: project.graph)) }
    }
}

struct BranchesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "branches", abstract: "Show the revisions where the graph branches.")
    @OptionGroup var project: ProjectOptions
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let graph = project.graph
        if json { return try Output.json(graph.branchPoints.map { RevisionInfo($0, graph) }) }
        for b in graph.branchPoints {
            print(Output.describe(b, in: graph))
            for c in graph.children[b] ?? [] { print("  -> \(Output.describe(c, in: graph))") }
        }
    }
}

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one revision: header, file and SQL.")
    @OptionGroup var project: ProjectOptions
    @Argument(help: "Revision (id, prefix, label, head).") var revision: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let graph = project.graph
        let ids = try graph.resolve(revision).revisions
        guard ids.count == 1, let id = ids.first else {
            throw StrataError.target("'\(revision)' names \(ids.count) revisions; show takes one")
        }
        if json { return try Output.json(RevisionInfo(id, graph)) }
        let r = graph.revisions[id]!
        print("Revision: \(Output.describe(id, in: graph))")
        print("File: \(r.path)")
        print("Parents: \(r.parents.isEmpty ? "(base)" : r.parents.joined(separator: ", "))")
        print("Children: \((graph.children[id] ?? []).joined(separator: ", "))")
        if !r.dependsOn.isEmpty { print("Depends on: \(r.dependsOn.joined(separator: ", "))") }
        if !r.branchLabels.isEmpty { print("Branch labels: \(r.branchLabels.joined(separator: ", "))") }
        if let c = r.created { print("Created: \(c)") }
        if !r.transactional { print("Transaction: off") }
        for s in r.upgrade { print("\n-- upgrade\(s.engine.map { " \($0)" } ?? "")\n\(s.sql)") }
        for s in r.downgrade { print("\n-- downgrade\(s.engine.map { " \($0)" } ?? "")\n\(s.sql)") }
    }
}

struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List revisions, newest first.",
        discussion: "A range START:END limits the list to revisions between the two (either side may be empty; targets as for upgrade).")
    @OptionGroup var project: ProjectOptions
    @Option(name: [.short, .customLong("rev-range")], help: "Range START:END, e.g. base:head, abc:, :def.") var range: String?
    @Flag(name: .shortAndLong, help: "Show parents, file and date.") var verbose = false
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Draw the revision graph: branches and merges, `@` where the database is.") var graph = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let graph = project.graph
        if self.graph {
            // Where the database is, when one is configured and reachable; the drawing does not need it.
            var current: Set<String> = []
            if project.settings.databaseURL != nil, let heads = try? await project.core.appliedHeads(onEvent: project.warningsOnly()) {
                current = heads
            }
            for line in RevisionGraphDrawing(graph: graph, current: current).lines(describe: { Output.describe($0, in: graph) }) { print(line) }
            return
        }
        let list = try await project.core.history(range: range, onEvent: project.warningsOnly())
        if json { return try Output.json(list.map { RevisionInfo($0, graph) }) }
        for id in list {
            let r = graph.revisions[id]!
            let parents = r.parents.isEmpty ? "<base>" : r.parents.joined(separator: ", ")
            print("\(parents) -> \(Output.describe(id, in: graph))")
            if verbose {
                print("    file: \(r.path)")
                if let c = r.created { print("    created: \(c)") }
                if !r.dependsOn.isEmpty { print("    depends on: \(r.dependsOn.joined(separator: ", "))") }
            }
        }
    }
}
