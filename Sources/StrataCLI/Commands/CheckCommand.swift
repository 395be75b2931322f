import ArgumentParser
import Foundation
import StrataAuthoring

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the migrations (and the database, if configured) for CI: exit 1 on a problem.",
        discussion: "Problems: several heads, applied revisions edited afterwards, a half-applied revision, revisions in the database that the folder lacks. Pending revisions are reported, not a failure.")

    @OptionGroup var project: ProjectOptions
    @Flag(help: "Only check the files, not the database.") var offline = false
    @Flag(help: "Accept several heads.") var allowMultipleHeads = false
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Also compare the database with this schema (database URL, .sql, .json): drift fails the check.") var target: String?
    @OptionGroup var sourceOptions: SourceOptions

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let report = try await project.core.check(offline: offline, allowMultipleHeads: allowMultipleHeads, target: target,
                                                  renames: sourceOptions.rename, schema: sourceOptions.schema,
                                                  onEvent: project.warningsOnly(), warn: Output.warn)
        if json {
            try Output.json(report)
        } else {
            print("\(report.revisions) revision(s), \(report.heads.count) head(s)\(report.database.map { "; database \($0)" } ?? "")")
            if !report.pending.isEmpty { print("\(report.pending.count) revision(s) pending: \(report.pending.joined(separator: ", "))") }
            for p in report.problems { print("\(Style.red("FAIL")): \(p)") }
            for d in report.drift { print("  drift: \(d)") }
            if let running = report.inProgress { print(running) }
            if report.problems.isEmpty { print(Style.green("OK")) }
        }
        if !report.problems.isEmpty {
            throw ExitCode(1)
        }
    }
}

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings, where each came from, with secrets masked.")

    @OptionGroup var project: ProjectOptions
    @Flag(help: "Print JSON.") var json = false

    struct Entry: Encodable { var key: String; var value: String?; var origin: String? }

    func run() async throws {
        let settings = try await project.settings()
        let entries = Settings.keys.map { Entry(key: $0, value: settings.display($0), origin: settings.origins[$0]) }
        if json {
            return try Output.json(["environment": [Entry(key: "environment", value: settings.environment, origin: nil)], "settings": entries])
        }
        print("environment: \(settings.environment)")
        for e in entries {
            print("\(e.key): \(e.value ?? "(not set)")\(e.origin.map { "    # \($0)" } ?? "")")
        }
    }
}
