import ArgumentParser
import Foundation
import StrataAuthoring

/// `strata`: schema change control for MySQL/MariaDB, PostgreSQL and SQLite.
///
/// Exit codes: 0 ok, 1 check failed, 2 usage or file error, 3 database error,
/// 4 migration lock timeout, 5 database needs attention (`strata resolve`).
@main
struct StrataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strata",
        abstract: "Schema change control for MySQL/MariaDB, PostgreSQL and SQLite, in plain SQL revision files.",
        discussion: "Exit codes: 0 ok, 1 check failed, 2 usage or file error, 3 database error, 4 lock timeout, 5 database needs attention.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, RevisionCommand.self, UpgradeCommand.self, DowngradeCommand.self,
            CurrentCommand.self, HistoryCommand.self, HeadsCommand.self, BranchesCommand.self,
            ShowCommand.self, MergeCommand.self, StampCommand.self, CheckCommand.self,
            ResolveCommand.self, ConfigCommand.self, InspectCommand.self, DiffCommand.self, AutogenerateCommand.self,
            CodegenCommand.self, WaitCommand.self, RepairCommand.self, BaselineCommand.self, ReferenceCommand.self,
        ])

    /// `strata downgrade -1` as Alembic users type it: a bare `-N` is a target, not an option,
    /// so it moves behind `--` where ArgumentParser takes it as the positional argument.
    static func relativeTargetsAsArguments(_ args: [String]) -> [String] {
        guard !args.contains("--"),
              let i = args.firstIndex(where: { $0.count > 1 && $0.hasPrefix("-") && $0.dropFirst().allSatisfy(\.isNumber) })
        else { return args }
        var rest = args
        let target = rest.remove(at: i)
        return rest + ["--", target]
    }

    static func main() async {
        do {
            var args = Array(CommandLine.arguments.dropFirst())
            // --no-color is taken by every command, wherever it stands.
            if args.contains("--no-color") { Style.disabled = true; args.removeAll { $0 == "--no-color" } }
            var command = try parseAsRoot(relativeTargetsAsArguments(args))
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let error as StrataError {
            FileHandle.standardError.write(Data("strata: \(Style.red("error:", fd: STDERR_FILENO)) \(error.description)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .failure {
                // Not a usage error from ArgumentParser: a file or system error (documented exit 2).
                FileHandle.standardError.write(Data("strata: error: \(SQLText.oneLine(error.localizedDescription, limit: 300))\n".utf8))
                Foundation.exit(2)
            }
            // --help and --version: their text goes to standard output.
            if code == .success { let message = fullMessage(for: error); if !message.isEmpty { print(message) }; Foundation.exit(0) }
            // A usage error is one line, as every other error is; --help has the rest.
            let first = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            if !first.isEmpty {
                let line = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
                FileHandle.standardError.write(Data("strata: \(Style.red("error:", fd: STDERR_FILENO)) \(line) (see 'strata --help')\n".utf8))
            }
            // Usage errors are documented as exit 2 (ArgumentParser's own is 64).
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
