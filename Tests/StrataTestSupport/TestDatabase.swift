import Foundation
import StrataKit

/// A fresh, empty database on a real server (or a SQLite file), dropped by `drop()`.
///
/// Servers come from `STRATA_TEST_POSTGRES_URL` / `STRATA_TEST_MYSQL_URL`, by default the ones
/// `scripts/test-servers.sh` starts on loopback. A missing server fails the test: never skipped.
package struct TestDatabase: Sendable {
    package let engine: Engine
    /// URL of the fresh database.
    package let url: String
    package let name: String
    package let directory: String

    package static let postgresAdmin = ProcessInfo.processInfo.environment["STRATA_TEST_POSTGRES_URL"] ?? "postgresql://strata:strata@127.0.0.1:5432/postgres"
    package static let mysqlAdmin = ProcessInfo.processInfo.environment["STRATA_TEST_MYSQL_URL"] ?? "mysql://strata:strata@127.0.0.1:3306/mysql"

    package static func create(_ engine: Engine) async throws -> TestDatabase {
        let name = "strata_t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let directory = try TestDatabase.tempDirectory()
        switch engine {
        case .sqlite:
            return TestDatabase(engine: engine, url: "sqlite:///\(directory)/\(name).db", name: name, directory: directory)
        case .postgresql, .mysql:
            let admin = engine == .postgresql ? postgresAdmin : mysqlAdmin
            let db = try await Databases.connect(admin)
            try await db.execute("CREATE DATABASE \(name)")
            await db.close()
            var url = try DatabaseURL(admin)
            url.database = name
            let text = "\(url.scheme)://\(url.user!):\(url.password!)@\(url.host!):\(url.port!)/\(name)"
            return TestDatabase(engine: engine, url: text, name: name, directory: directory)
        }
    }

    package static func tempDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("strata-test-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    package func drop() async {
        switch engine {
        case .sqlite: break
        case .postgresql, .mysql:
            if let db = try? await Databases.connect(engine == .postgresql ? TestDatabase.postgresAdmin : TestDatabase.mysqlAdmin) {
                try? await db.execute(engine == .postgresql ? "DROP DATABASE IF EXISTS \(name) WITH (FORCE)" : "DROP DATABASE IF EXISTS \(name)")
                await db.close()
            }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs `body` with a connection to this database.
    package func with<T>(_ body: (any DatabaseDriver) async throws -> T) async throws -> T {
        let db = try await Databases.connect(url)
        do { let v = try await body(db); await db.close(); return v } catch { await db.close(); throw error }
    }

    package func query(_ sql: String) async throws -> [[String?]] { try await with { try await $0.query(sql) } }

    /// User tables, sorted, without the version tables.
    package func tables() async throws -> [String] {
        let sql: String
        switch engine {
        case .sqlite: sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        case .postgresql: sql = "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
        case .mysql: sql = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1"
        }
        return try await query(sql).compactMap { $0[0] }.filter { !$0.hasPrefix("strata_version") && !$0.hasPrefix("other_version") }
    }

    /// Column names of `table`, in order.
    package func columns(_ table: String) async throws -> [String] {
        let sql: String
        switch engine {
        case .sqlite: sql = "SELECT name FROM pragma_table_info(\(SQLQuoting.literal(table, for: engine))) ORDER BY cid"
        case .postgresql: sql = "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = \(SQLQuoting.literal(table, for: engine)) ORDER BY ordinal_position"
        case .mysql: sql = "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = \(SQLQuoting.literal(table, for: engine)) ORDER BY ORDINAL_POSITION"
        }
        return try await query(sql).compactMap { $0[0] }
    }

    /// Rows of the version table as (revision, status, statements_done), sorted by revision.
    package func versionRows(_ table: String = "strata_version") async throws -> [[String?]] {
        try await with { db in
            guard try await db.tableExists(table) else { return [] }
            return try await db.query("SELECT revision, status, \(SQLQuoting.asText("statements_done", for: engine)) FROM \(table) ORDER BY revision")
        }
    }

    /// Applied revision ids, sorted.
    package func applied(_ table: String = "strata_version") async throws -> [String] {
        try await versionRows(table).map { $0[0]! }
    }
}
