import Foundation
import StrataAuthoring

/// A project folder with strata.yml and revision files written by the test.
package struct TestProject {
    package let directory: String
    package let database: TestDatabase

    package init(database: TestDatabase, versionTable: String? = nil, extraSettings: String = "") throws {
        self.database = database
        directory = try TestDatabase.tempDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/migrations", withIntermediateDirectories: true)
        var yml = "default:\n  database_url: \(database.url)\n  migrations: migrations\n  lock_timeout: 30\n"
        if let versionTable { yml += "  version_table: \(versionTable)\n" }
        yml += extraSettings
        try yml.write(toFile: directory + "/strata.yml", atomically: true, encoding: .utf8)
    }

    /// Writes a revision file; returns its path.
    @discardableResult
    package func revision(_ id: String, parents: [String] = [], message: String? = nil, labels: [String] = [], dependsOn: [String] = [],
                  transaction: Bool = true, created: String? = nil, upgrade: String, downgrade: String) throws -> String {
        let r = Revision(id: id, parents: parents, dependsOn: dependsOn, branchLabels: labels, message: message ?? "revision \(id)",
                         created: created ?? "2026-11-21T09:00:00Z", transactional: transaction,
                         upgrade: [RevisionSection(sql: upgrade)], downgrade: [RevisionSection(sql: downgrade)])
        let path = directory + "/migrations/\(id).sql"
        try RevisionWriter.render(r).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs `strata` in the project folder.
    package func strata(_ args: String..., env: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(args, in: directory, env: env)
    }

    /// The project's settings as the CLI loads them; `overrides` as from the command line (`dev_url`, ...).
    package func settings(overrides: [String: String] = [:]) async throws -> Settings {
        try await SettingsLoader.load(configPath: directory + "/strata.yml", environment: nil, overrides: overrides, variables: [:])
    }

    /// The project as the verbs see it (settings and revision graph), to drive them in-process.
    package func project(overrides: [String: String] = [:]) async throws -> Project {
        try Project.load(settings: await settings(overrides: overrides))
    }

    package func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

/// Runs `body` with a fresh database and a project pointing at it; both are removed afterwards,
/// also when the test fails.
package func withProject(_ engine: Engine, _ body: (TestDatabase, TestProject) async throws -> Void) async throws {
    let db = try await TestDatabase.create(engine)
    let project: TestProject
    do { project = try TestProject(database: db) } catch { await db.drop(); throw error }
    do {
        try await body(db, project)
    } catch {
        project.remove()
        await db.drop()
        throw error
    }
    project.remove()
    await db.drop()
}
