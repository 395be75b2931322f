import Foundation

extension Migrator {
    /// A migrator that connects to any engine (every driver is linked). A service that uses one
    /// engine can link only that one: `import StrataRuntime` and pass `drivers:`.
    public init(databaseURL: String, migrations: String, versionTable: String = "strata_version",
                lockTimeout: Double = 60, strict: Bool = false) {
        self.init(databaseURL: databaseURL, migrations: migrations, drivers: Databases.drivers,
                  versionTable: versionTable, lockTimeout: lockTimeout, strict: strict)
    }

    /// Uses the revision files shipped in `bundle` (e.g. `Bundle.module` with `resources: [.copy("migrations")]`).
    public init(databaseURL: String, bundle: Bundle, subdirectory: String = "migrations",
                versionTable: String = "strata_version", lockTimeout: Double = 60) throws {
        try self.init(databaseURL: databaseURL, bundle: bundle, subdirectory: subdirectory, drivers: Databases.drivers,
                      versionTable: versionTable, lockTimeout: lockTimeout)
    }
}
