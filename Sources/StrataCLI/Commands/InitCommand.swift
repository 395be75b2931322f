import ArgumentParser
import Foundation
import StrataAuthoring

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create strata.yml, the migrations folder and a git-ignored .secrets.yml.")

    @Argument(help: "Project folder (default: the working directory).")
    var directory: String = "."

    @Option(name: [.customLong("url"), .customLong("database-url")], help: "Database URL to put in the settings; a password goes to .secrets.yml.")
    var url: String = "sqlite:///strata.db"

    @Option(help: "Migrations folder, relative to the project folder.")
    var migrations: String = "migrations"

    func run() async throws {
        let fm = FileManager.default
        let parsed = try DatabaseURL(url)
        let dir = (directory as NSString).standardizingPath
        let settingsPath = dir + "/strata.yml"
        if fm.fileExists(atPath: settingsPath) {
            throw StrataError.usage("\(settingsPath) exists already; strata init leaves an existing project alone")
        }
        try fm.createDirectory(atPath: dir + "/" + migrations, withIntermediateDirectories: true)
        let hasSecret = parsed.password != nil
        if hasSecret && fm.fileExists(atPath: dir + "/.secrets.yml") {
            throw StrataError.usage("\(dir)/.secrets.yml exists already; add 'database_url: \(parsed)' to it with the real password and run init without the password (nothing was written)")
        }
        var settings = """
        # Strata settings (committed). Secrets go to .secrets.yml (git-ignored); environment
        # variables STRATA_DATABASE_URL, STRATA_ENV, ... override both. Sections are environments,
        # chosen with --env or STRATA_ENV (default: development); 'default' applies to all.
        default:
          migrations: \(migrations)
          version_table: strata_version
          lock_timeout: 60

        """
        if !hasSecret { settings += "  database_url: \(url)\n" }
        settings += """

        development: {}

        # production:
        #   database_url: set it in .secrets.yml or STRATA_DATABASE_URL

        """
        try write(settings, to: settingsPath)
        let secretsPath = dir + "/.secrets.yml"
        if !fm.fileExists(atPath: secretsPath) {
            var secrets = "# Secrets (git-ignored): database URLs with passwords, per environment.\n"
            secrets += hasSecret ? "default:\n  database_url: \(url)\n" : "# production:\n#   database_url: postgresql://app:PASSWORD@db.example.com/app\n"
            try write(secrets, to: secretsPath)
            try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secretsPath)
        }
        let gitignore = dir + "/.gitignore"
        let existing = (try? String(contentsOfFile: gitignore, encoding: .utf8)) ?? ""
        // The secrets, and on SQLite the lock file kept beside the database while a run holds it.
        var ignored = [".secrets.yml"]
        if parsed.engine == .sqlite { ignored.append("*.strata_version.lock") }
        let present = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = ignored.filter { !present.contains($0) }
        if !missing.isEmpty {
            let prefix = existing.isEmpty || existing.hasSuffix("\n") ? existing : existing + "\n"
            try write(prefix + missing.map { $0 + "\n" }.joined(), to: gitignore)
        }
        print("Created \(settingsPath), \(dir)/\(migrations)/ and \(secretsPath) (git-ignored).")
        print("Next: strata revision -m \"first revision\"")
    }

    func write(_ text: String, to path: String) throws {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw StrataError.io("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
