/// The effective settings of a project, with where each value came from.
public struct Settings: Sendable, Equatable {
    /// The database to migrate; nil when none is configured.
    public var databaseURL: String?
    /// The migrations folder, resolved against the configuration file's folder.
    public var migrations: String
    /// The version table; give each project sharing a database its own.
    public var versionTable: String
    /// Seconds to wait for the migration lock.
    public var lockTimeout: Double
    /// The named environment in force (`development` unless `--env` or `STRATA_ENV` says otherwise).
    public var environment: String
    /// The desired schema for `autogenerate` and `check` (a database URL, `.sql`, `.json`).
    public var target: String?
    /// A server where strata may create and drop scratch databases to read DDL files.
    public var devURL: String?
    /// Engines whose sections autogenerate writes into each revision (several engines, one history); empty: the connected one only.
    public var engines: [Engine] = []
    /// `codegen:` settings, so `strata codegen` alone regenerates: source, format, output, tables, split.
    public var codegen: [String: String] = [:]
    /// Setting name to its origin (`strata.yml [default]`, `environment STRATA_DATABASE_URL`, ...).
    public var origins: [String: String]

    /// Setting names, as written in `strata.yml`.
    public static let keys = ["database_url", "migrations", "version_table", "lock_timeout", "target", "dev_url", "engines",
                              "codegen.source", "codegen.format", "codegen.output", "codegen.tables", "codegen.split", "codegen.namespace"]
    /// Built-in defaults.
    public static let defaults: [String: String] = [
        "migrations": "migrations", "version_table": "strata_version", "lock_timeout": "60",
    ]
    /// Environment variable for a setting: `database_url` -> `STRATA_DATABASE_URL`.
    public static func environmentVariable(_ key: String) -> String { "STRATA_" + key.uppercased().replacingOccurrences(of: ".", with: "_") }

    /// The value as `strata config` shows it: URLs with the password masked, secrets as `***`.
    public func display(_ key: String) -> String? {
        let raw: String?
        switch key {
        case "database_url": raw = databaseURL.map(DatabaseURL.mask)
        case "migrations": raw = migrations
        case "version_table": raw = versionTable
        case "target": raw = target.map(DatabaseURL.mask)
        case "dev_url": raw = devURL.map(DatabaseURL.mask)
        case "engines": raw = engines.isEmpty ? nil : engines.map(\.rawValue).joined(separator: ", ")
        case _ where key.hasPrefix("codegen."): raw = codegen[String(key.dropFirst("codegen.".count))].map(DatabaseURL.mask)
        case "lock_timeout": raw = lockTimeout == lockTimeout.rounded() ? String(Int(lockTimeout)) : String(lockTimeout)
        default: raw = nil
        }
        return raw
    }
}
