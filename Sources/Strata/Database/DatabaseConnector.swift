/// An engine's driver type, as a service names the engines it links: `Migrator(databaseURL:
/// migrations:drivers: [PostgresDriver.self])` links PostgreSQL's driver and no other.
public protocol DatabaseConnector {
    /// The engine whose URLs this driver opens.
    static var connectsTo: Engine { get }
    /// Opens a connection to `url` (an URL of `connectsTo`); errors name the URL with its password masked.
    static func connection(to url: DatabaseURL) async throws -> any DatabaseDriver
}

extension DatabaseURL {
    /// A connection to this URL through the one of `drivers` for its engine, or an error that names
    /// the engines linked.
    public func open(with drivers: [any DatabaseConnector.Type]) async throws -> any DatabaseDriver {
        guard let driver = drivers.first(where: { $0.connectsTo == engine }) else {
            let linked = drivers.map { $0.connectsTo.rawValue }
            throw StrataError.connection(url: description, reason: "no \(engine) driver is linked (this program links \(linked.isEmpty ? "none" : linked.joined(separator: ", "))); add it to the drivers it passes")
        }
        return try await driver.connection(to: self)
    }
}
