/// Turns changes into SQL statements for one engine: quoting, type names and the engine's limits.
public protocol Dialect: Sendable {
    var engine: Engine { get }
    /// Statements that take a database from `current` to `desired`, given the differ's `changes`.
    func statements(for changes: [Change], current: Schema, desired: Schema) throws -> [String]
}

extension Dialect {
    /// An identifier quoted for this engine.
    public func quote(_ name: String) -> String { SQLQuoting.identifier(name, for: engine) }

    /// `schema.table` quoted, or just the table in the default schema.
    public func quote(_ name: QualifiedName) -> String {
        (name.schema.map { quote($0) + "." } ?? "") + quote(name.name)
    }

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

/// Stands in for an engine whose dialect is not written yet: every change is refused with a clear error.
public struct UnsupportedDialect: Dialect {
    public let engine: Engine
    public init(engine: Engine) { self.engine = engine }
    public func statements(for changes: [Change], current: Schema, desired: Schema) throws -> [String] {
        if changes.isEmpty { return [] }
        throw StrataError.usage("autogenerate cannot write \(engine) SQL yet (this version writes SQLite)")
    }
}
