import Strata

/// Reads a MySQL/MariaDB database into a `Schema` from `information_schema`, with a fixed number
/// of bulk queries joined in the client (joining KEY_COLUMN_USAGE with REFERENTIAL_CONSTRAINTS in
/// SQL measured 20x slower on MariaDB). Values are normalised across server flavours: MariaDB's
/// `'NULL'` and `current_timestamp()` defaults, integer display widths, database-qualified views.
public struct MySQLInspector {
    /// The connection read.
    public let db: any DatabaseDriver
    /// An inspector reading through `db`.
    public init(db: any DatabaseDriver) { self.db = db }

    /// What the server is and its defaults, which the tables' own options are compared with.
    struct Server {
        var database = ""
        var mariadb = false
        var defaultEngine = "InnoDB"
        var defaultCollation = ""
    }

    /// The schema from `information_schema` and `SHOW CREATE`, leaving out the tables named in `excluded`.
    public func inspect(excluding excluded: Set<String>) async throws -> Schema {
        let server = try await Self.serverQuery.rows(db).first.map(Self.server) ?? Server()
        var tables = InspectedTables()
        var tableCollation: [String: String] = [:]
        for r in try await Self.tableQuery.rows(db) where r["type"] == "BASE TABLE" && !excluded.contains(r.text("table")) {
            tables.add(Self.table(r, server: server))
            tableCollation[r.text("table")] = r["collation"]
        }
        for r in try await Self.columnQuery.rows(db) {
            tables.update(QualifiedName(r.text("table"))) { $0.columns.append(Self.column(r, tableCollation: tableCollation[$0.name], mariadb: server.mariadb)) }
        }
        for r in try await Self.indexQuery.rows(db) { tables.update(QualifiedName(r.text("table"))) { Self.addIndexPart(r, to: &$0) } }
        try await readForeignKeys(into: &tables, database: server.database)
        for r in try await (server.mariadb ? Self.mariadbCheckQuery : Self.mysqlCheckQuery).rows(db) {
            let level = server.mariadb && r["level"] == "Column" ? true : nil
            tables.update(QualifiedName(r.text("table"))) { $0.checks.append(Check(name: r["name"], expression: r.text("clause"), columnLevel: level)) }
        }
        for r in try await Self.triggerQuery.rows(db) { tables.update(QualifiedName(r.text("table"))) { $0.triggers.append(Self.trigger(r)) } }
        let qualifier = "`" + server.database.replacingOccurrences(of: "`", with: "``") + "`."
        let views = try await Self.viewQuery.rows(db).map { View(name: $0.text("view"), definition: $0.text("definition").replacingOccurrences(of: qualifier, with: "")) }
        return Schema(engine: .mysql, tables: tables.tables, views: views, routines: try await routines())
    }

    // MARK: The server

    static let serverQuery = CatalogQuery([
        "database": "DATABASE()", "version": "VERSION()", "engine": "@@default_storage_engine",
        "collation": "(SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE())",
    ], from: "DUAL")

    static func server(_ r: CatalogRow) -> Server {
        Server(database: r.text("database"), mariadb: r.text("version").lowercased().contains("mariadb"),
               defaultEngine: r["engine"] ?? "InnoDB", defaultCollation: r.text("collation"))
    }

    // MARK: Tables and columns

    static let tableQuery = CatalogQuery([
        "table": "TABLE_NAME", "type": "TABLE_TYPE", "engine": "ENGINE", "collation": "TABLE_COLLATION", "comment": "TABLE_COMMENT",
        "options": "CREATE_OPTIONS",
    ], from: "information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")

    /// A table with the options that differ from the server's defaults.
    static func table(_ r: CatalogRow, server: Server) -> Table {
        var options = TableOptions()
        if let e = r["engine"], e != server.defaultEngine { options.engine = e }
        if let coll = r["collation"], coll != server.defaultCollation {
            options.collation = coll
            options.charset = String(coll.prefix { $0 != "_" })
        }
        if let opts = r["options"]?.lowercased(), let rf = opts.split(separator: " ").first(where: { $0.hasPrefix("row_format=") }) {
            options.rowFormat = String(rf.dropFirst("row_format=".count)).uppercased()
        }
        return Table(name: r.text("table"), options: options, comment: r.nonEmpty("comment"))
    }

    static let columnQuery = CatalogQuery([
        "table": "TABLE_NAME", "name": "COLUMN_NAME", "default": "COLUMN_DEFAULT", "nullable": "IS_NULLABLE", "type": "COLUMN_TYPE",
        "charset": "CHARACTER_SET_NAME", "collation": "COLLATION_NAME", "extra": "EXTRA", "comment": "COLUMN_COMMENT",
        "generation": "GENERATION_EXPRESSION", "dataType": "DATA_TYPE",
    ], from: "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION")

    /// A column; its charset and collation only when they are not its table's.
    static func column(_ r: CatalogRow, tableCollation: String?, mariadb: Bool) -> Column {
        let extra = r.text("extra").lowercased()
        var c = Column(name: r.text("name"), type: type(r.text("type")), nullable: r["nullable"] == "YES")
        c.defaultValue = defaultValue(r["default"], dataType: r.text("dataType").lowercased(), extra: extra, mariadb: mariadb)
        c.autoIncrement = extra.contains("auto_increment")
        if let on = extra.range(of: "on update ") {
            c.onUpdate = normaliseFunction(String(extra[on.upperBound...]).trimmingCharacters(in: .whitespaces))
        }
        if extra.contains("generated"), let expr = r["generation"], !extra.contains("default_generated") {
            c.generated = Column.Generated(expression: expr, stored: extra.contains("stored"))
            c.defaultValue = nil
        }
        if let coll = r["collation"], coll != tableCollation {
            c.collation = coll
            c.charset = r["charset"]
        }
        c.comment = r.nonEmpty("comment")
        return c
    }

    // MARK: Keys and indexes

    static let indexQuery = CatalogQuery([
        "table": "TABLE_NAME", "index": "INDEX_NAME", "nonUnique": "NON_UNIQUE", "column": "COLUMN_NAME", "subPart": "SUB_PART",
        "type": "INDEX_TYPE", "order": "COLLATION",
    ], from: "information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")

    /// One key part, added to the primary key or to its index (made at its first part).
    static func addIndexPart(_ r: CatalogRow, to table: inout Table) {
        let name = r.text("index")
        // MariaDB reports a 32-byte SUB_PART on SPATIAL indexes that cannot be written back.
        let type = (r["type"] ?? "BTREE").lowercased()
        let part = IndexPart(column: r["column"], length: type == "spatial" ? nil : r.int("subPart").map(Int.init), descending: r["order"] == "D")
        if name == "PRIMARY" {
            var pk = table.primaryKey ?? PrimaryKey(columns: [])
            pk.columns.append(r.text("column"))
            table.primaryKey = pk
            return
        }
        if let i = table.indexes.firstIndex(where: { $0.name == name }) {
            table.indexes[i].columns.append(part)
        } else {
            table.indexes.append(Index(name: name, columns: [part], unique: r["nonUnique"] == "0", method: type == "btree" ? nil : Index.Method(rawValue: type)))
        }
    }

    static let keyColumnQuery = CatalogQuery([
        "table": "TABLE_NAME", "name": "CONSTRAINT_NAME", "column": "COLUMN_NAME", "referencedSchema": "REFERENCED_TABLE_SCHEMA",
        "referencedTable": "REFERENCED_TABLE_NAME", "referencedColumn": "REFERENCED_COLUMN_NAME",
    ], from: """
        information_schema.KEY_COLUMN_USAGE
        WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
        """)

    static let ruleQuery = CatalogQuery(["table": "TABLE_NAME", "name": "CONSTRAINT_NAME", "onUpdate": "UPDATE_RULE", "onDelete": "DELETE_RULE"],
                                        from: "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")

    /// Foreign keys from their columns and their rules, joined here: joining KEY_COLUMN_USAGE with
    /// REFERENTIAL_CONSTRAINTS in SQL measured 20x slower on MariaDB.
    func readForeignKeys(into tables: inout InspectedTables, database: String) async throws {
        var rules: [String: CatalogRow] = [:]
        for r in try await Self.ruleQuery.rows(db) { rules["\(r.text("table")).\(r.text("name"))"] = r }
        for r in try await Self.keyColumnQuery.rows(db) {
            tables.update(QualifiedName(r.text("table"))) { t in
                let name = r.text("name")
                if let i = t.foreignKeys.firstIndex(where: { $0.name == name }) {
                    t.foreignKeys[i].columns.append(r.text("column"))
                    t.foreignKeys[i].referencedColumns.append(r.text("referencedColumn"))
                    return
                }
                let rule = rules["\(t.name).\(name)"]
                t.foreignKeys.append(ForeignKey(
                    name: name, columns: [r.text("column")], referencedSchema: r["referencedSchema"] == database ? nil : r["referencedSchema"],
                    referencedTable: r.text("referencedTable"), referencedColumns: [r.text("referencedColumn")],
                    onDelete: ForeignKey.Action.stated(rule?["onDelete"]), onUpdate: ForeignKey.Action.stated(rule?["onUpdate"])))
            }
        }
    }

    // MARK: Checks, triggers, views, routines

    static let mariadbCheckQuery = CatalogQuery(["table": "TABLE_NAME", "name": "CONSTRAINT_NAME", "clause": "CHECK_CLAUSE", "level": "LEVEL"],
                                                from: "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1, 2")

    static let mysqlCheckQuery = CatalogQuery(["table": "t.TABLE_NAME", "name": "t.CONSTRAINT_NAME", "clause": "c.CHECK_CLAUSE"], from: """
        information_schema.TABLE_CONSTRAINTS t
        JOIN information_schema.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
        WHERE t.TABLE_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY 1, 2
        """)

    static let triggerQuery = CatalogQuery([
        "table": "EVENT_OBJECT_TABLE", "name": "TRIGGER_NAME", "timing": "ACTION_TIMING", "event": "EVENT_MANIPULATION", "statement": "ACTION_STATEMENT",
    ], from: "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 1, 2")

    /// The trigger's CREATE statement, put together from its parts (the catalog keeps no whole text).
    static func trigger(_ r: CatalogRow) -> Trigger {
        let name = r.text("name")
        let sql = "CREATE TRIGGER \(SQLQuoting.identifier(name, MySQLDialect.rules)) \(r.text("timing")) \(r.text("event")) ON \(SQLQuoting.identifier(r.text("table"), MySQLDialect.rules)) FOR EACH ROW \(r.text("statement"))"
        return Trigger(name: name, sql: sql)
    }

    static let viewQuery = CatalogQuery(["view": "TABLE_NAME", "definition": "VIEW_DEFINITION"],
                                        from: "information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1")

    static let routineQuery = CatalogQuery(["name": "ROUTINE_NAME", "kind": "ROUTINE_TYPE"],
                                           from: "information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1, 2")

    /// Routines: names in one query, each text from SHOW CREATE (the body as written, the header as the server keeps it).
    func routines() async throws -> [Routine] {
        var routines: [Routine] = []
        for r in try await Self.routineQuery.rows(db) {
            guard let name = r["name"], let kind = r["kind"].flatMap(Routine.Kind.init(keyword:)) else { continue }
            let create = try await db.query("SHOW CREATE \(kind.rawValue) \(SQLQuoting.identifier(name, MySQLDialect.rules))")
            guard let sql = create.first.flatMap({ $0.count > 2 ? $0[2] : nil }) else { continue }
            routines.append(Routine(name: name, kind: kind, sql: DDLText.trim(SQLHeader.withoutDefiner(sql))))
        }
        return routines
    }

    /// `int(11) unsigned` -> `int unsigned`, as ``MySQLCanonical/type(_:)`` puts every MySQL type.
    static func type(_ text: String) -> ColumnType { MySQLCanonical.type(DDLText.parseType(text)) }

    /// A default as SQL: MariaDB's `'NULL'` (DEFAULT NULL) becomes nil, functions lose their `()`,
    /// MySQL 8's unquoted literals are quoted.
    static func defaultValue(_ raw: String?, dataType: String, extra: String, mariadb: Bool) -> String? {
        guard let raw else { return nil }
        if mariadb {
            if raw == "NULL" { return nil }
            return normaliseFunction(raw)
        }
        if extra.contains("default_generated") { return normaliseFunction(raw) }
        if [.integer, .decimal, .float, .bit, .year].contains(ColumnType(dataType).classified.family) { return raw }
        return SQLQuoting.literal(raw, MySQLDialect.rules)
    }

    static func normaliseFunction(_ s: String) -> String { MySQLCanonical.function(s) }

}
