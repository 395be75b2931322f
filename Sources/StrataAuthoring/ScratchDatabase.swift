import Foundation

/// An empty database to try SQL on and throw away: in memory for SQLite; for PostgreSQL and MySQL a
/// temporary database created on `dev_url` (like Atlas's dev database) and dropped afterwards.
enum ScratchDatabase {
    /// Runs `body` on a fresh scratch database of `engine`; `purpose` says in the error why one is needed.
    static func with<T: Sendable>(_ engine: Engine, devURL: String?, purpose: String,
                                  _ body: (any DatabaseDriver) async throws -> T) async throws -> T {
        if engine == .sqlite {
            let db = try await Databases.connect("sqlite::memory:")
            do { let result = try await body(db); await db.close(); return result } catch { await db.close(); throw error }
        }
        guard let devURL else {
            throw StrataError.usage("\(purpose) needs a scratch database: set dev_url in strata.yml (a server where strata may create and drop a temporary database)")
        }
        var dev = try DatabaseURL(devURL)
        guard dev.engine == engine else { throw StrataError.usage("dev_url \(dev) is \(dev.engine), but \(purpose) needs \(engine)") }
        let admin = try await Databases.connect(dev)
        // The process id in the name tells whose it is: one whose process is gone was left behind.
        let name = "strata_dev_\(ProcessInfo.processInfo.processIdentifier)_" + UUID().uuidString.prefix(8).lowercased()
        do { try await admin.execute("CREATE DATABASE \(name)") } catch { await admin.close(); throw error }
        dev.database = name
        do {
            let db = try await Databases.connect(dev)
            do {
                let result = try await body(db)
                await db.close()
                try? await admin.execute("DROP DATABASE \(name)")
                await admin.close()
                return result
            } catch { await db.close(); throw error }
        } catch {
            try? await admin.execute("DROP DATABASE \(name)")
            await admin.close()
            throw error
        }
    }
}
