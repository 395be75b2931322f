import ArgumentParser
import Foundation
import StrataAuthoring

/// `strata wait`: for containers and CI, where the database starts next to the job.
struct WaitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait",
        abstract: "Wait until the database accepts connections (exit 3 with the last error after --timeout).")

    @OptionGroup var project: ProjectOptions

    @Option(help: "Seconds to keep trying.")
    var timeout: Double = 60

    func run() async throws {
        guard timeout >= 0, timeout <= 86_400 else { throw StrataError.usage("--timeout must be a number of seconds from 0 to 86400") }
        let settings = try await project.settings()
        guard let text = settings.databaseURL else { throw StrataError.usage("wait needs a database: set database_url, STRATA_DATABASE_URL or --url") }
        let url = try DatabaseURL(text)
        let start = Date()
        var attempts = 0
        while true {
            attempts += 1
            do {
                let db = try await Databases.connect(url)
                _ = try await db.query("SELECT 1")
                await db.close()
                if !project.quiet { print("Database ready: \(url) (after \(String(format: "%.1f", Date().timeIntervalSince(start))) s, \(attempts) attempt(s)).") }
                return
            } catch let error as StrataError {
                // A wrong URL or password does not get better by waiting.
                if case .badURL = error { throw error }
                if case .connection(_, let reason) = error,
                   reason.contains("Access denied") || reason.contains("28P01") || reason.contains("password authentication failed") { throw error }
                if Date().timeIntervalSince(start) + 0.5 > timeout { throw error }
                try await Task.sleep(nanoseconds: 500_000_000)
            }
        }
    }
}
