import Strata

extension SQLiteDialect {
    /// `sqlite3`'s reading: `[name]` identifiers and `CREATE TRIGGER ... BEGIN ...; END` bodies.
    public var lexicon: SQLLexicon { SQLiteDialect.rules }

    package static let rules = SQLLexicon(identifierQuote: "\"", bracketIdentifiers: true, triggerBodies: true)

    /// SQLite's DDL is transactional; a column is placed by rebuilding its table.
    public var capabilities: EngineCapabilities { EngineCapabilities(transactionalDDL: true, reordersColumns: true) }

    /// SQLite keeps times as ISO 8601 text.
    public var versionTimestampColumn: String { "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP" }

    /// `sqlite3` stops at the first error.
    public var clientStopOnError: String { ".bail on" }

    /// SQLite reports errors in words: "no such table: t", "table t already exists".
    public func objectFailure(in message: String) -> ObjectFailure? {
        let lower = message.lowercased()
        if ["no such table", "no such index", "no such view", "no such trigger"].contains(where: lower.contains) { return .missingObject }
        if lower.contains("already exists") || lower.contains("duplicate column name") { return .existingObject }
        if lower.contains("no such column") { return .missingColumn }
        return nil
    }

    /// The schema, read through `db` by ``SQLiteInspector``.
    public func inspect(_ db: any DatabaseDriver, excluding: Set<String>) async throws -> Schema {
        try await SQLiteInspector(db: db).inspect(excluding: excluding)
    }
}
