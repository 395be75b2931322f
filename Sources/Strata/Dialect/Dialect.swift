/// One engine's plug-in to the core, without a connection: how its client reads scripts, how it
/// quotes, what it can do, how its version table and offline scripts look, how a schema from
/// another engine lands on it, and how changes become its SQL.
///
/// Each engine's dialect module (`StrataSQLiteDialect`, `StrataPostgresDialect`,
/// `StrataMySQLDialect`) implements it; the core asks the dialect, never which engine it is.
public protocol Dialect: Sendable {
    /// Which engine this is: for choosing a revision file's section and for messages.
    var engine: Engine { get }
    /// How the engine's client splits a script, and how names and strings are quoted.
    var lexicon: SQLLexicon { get }
    /// What the engine can do (transactional DDL, column placement, enum commits).
    var capabilities: EngineCapabilities { get }
    /// The type and default of the version table's `applied_at` column.
    var versionTimestampColumn: String { get }
    /// The client command at the top of an offline (`--sql`) script that stops it at the first
    /// error (`.bail on`, `\set ON_ERROR_STOP on`); empty when the client stops by itself.
    var clientStopOnError: String { get }

    /// `schema`, read from another engine (`schema.engine`), as it would exist on this one: types
    /// mapped to the nearest this engine has, what it cannot express dropped (docs/type-mapping.md).
    /// A schema of this engine, or of none, comes back as it is.
    func materialise(_ schema: Schema) -> Schema

    /// What a failed statement's error message says about the object it names, so `resolve
    /// --rollback` can skip a statement whose work was never done; `nil` for any other failure.
    func objectFailure(in message: String) -> ObjectFailure?

    /// A query whose first row's second column gives the definition of `table` (quoted), for the
    /// cheap catalog digest of a statement outside a transaction; `nil` to digest the whole schema.
    func tableDefinitionQuery(_ table: String) -> String?

    /// Statements that take a database from `current` to `desired`, given the differ's `changes`.
    func statements(for changes: [Change], current: Schema, desired: Schema) throws -> [String]

    /// Reads the schema of the database `db` is connected to from this engine's catalogs, leaving
    /// out the tables named in `excluding` (the version tables). It only sends queries through `db`,
    /// so a driver that wraps another (a benchmark's timing driver) is read the same way.
    func inspect(_ db: any DatabaseDriver, excluding: Set<String>) async throws -> Schema

    /// What `type` means on this engine: ``ColumnType/classified`` unless the engine's names mean
    /// something else (SQLite's `INTEGER` and `REAL` are 64 bits).
    func classify(_ type: ColumnType) -> ColumnType.Classification
}

/// What an error message says about the object a statement names.
public enum ObjectFailure: Sendable, Equatable {
    /// The table, index, view, trigger, routine or constraint does not exist.
    case missingObject
    /// It exists already.
    case existingObject
    /// The column does not exist.
    case missingColumn
}

extension Dialect {
    /// Without such a query, the whole schema is digested.
    public func tableDefinitionQuery(_ table: String) -> String? { nil }

    /// The engine-neutral reading.
    public func classify(_ type: ColumnType) -> ColumnType.Classification { type.classified }

    /// An identifier quoted for this engine.
    public func quote(_ name: String) -> String { SQLQuoting.identifier(name, lexicon) }

    /// A string literal for this engine; NULL for nil.
    public func literal(_ value: String?) -> String { SQLQuoting.literal(value, lexicon) }

    /// `schema.table` quoted, or just the table in the default schema.
    public func quote(_ name: QualifiedName) -> String {
        (name.schema.map { quote($0) + "." } ?? "") + quote(name.name)
    }

    /// Identifiers quoted and joined with commas.
    public func quoteList(_ names: [String]) -> String { names.map { quote($0) }.joined(separator: ", ") }

    /// The statements that create `schema` in an empty database (`inspect --format sql`).
    public func createStatements(_ schema: Schema) throws -> [String] {
        try schema.refuseControlCharacters(source: "the schema")
        let changes = Differ().diff(from: Schema(), to: schema).changes
        return try statements(for: changes, current: Schema(), desired: schema)
    }

    /// `FOREIGN KEY (...) REFERENCES t (...) ON DELETE ... ON UPDATE ...`
    public func foreignKeyClause(_ fk: ForeignKey) -> String {
        var s = "FOREIGN KEY (\(quoteList(fk.columns))) REFERENCES \(quote(fk.referenced)) (\(quoteList(fk.referencedColumns)))"
        if let d = fk.onDelete { s += " ON DELETE \(d)" }
        if let u = fk.onUpdate { s += " ON UPDATE \(u)" }
        if fk.deferrable { s += " DEFERRABLE" + (fk.initiallyDeferred ? " INITIALLY DEFERRED" : "") }
        return s
    }

    /// `CONSTRAINT name CHECK (expr)`
    public func checkClause(_ c: Check) -> String {
        (c.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "CHECK (\(c.expression))"
    }

    /// An expression key part in parentheses; `column opclass` (PostgreSQL) stays as it is.
    static func expressionPart(_ e: String) -> String {
        let words = e.split(separator: " ")
        let plain = words.count == 2 && words.allSatisfy { w in w.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
        return plain ? e : "(\(e))"
    }

    /// Index key parts: quoted columns (with prefix length and DESC) or expressions in parentheses.
    public func indexParts(_ parts: [IndexPart]) -> String {
        parts.map { p in
            var s = p.column.map { quote($0) } ?? Self.expressionPart(p.expression ?? "")
            if let l = p.length { s += "(\(l))" }
            if p.descending { s += " DESC" }
            return s
        }.joined(separator: ", ")
    }
}

extension StrataError {
    /// A change a dialect cannot express on its engine.
    public static func unsupported(_ what: String, _ engine: Engine) -> StrataError {
        .usage("\(engine) cannot express: \(what)")
    }
}
