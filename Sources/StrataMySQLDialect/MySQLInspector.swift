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

    /// The schema from `information_schema` and `SHOW CREATE`, leaving out the tables named in `excluded`.
    public func inspect(excluding excluded: Set<String>) async throws -> Schema {
        let info = try await db.query("SELECT DATABASE(), VERSION(), @@default_storage_engine, (SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE())")
        let database = info.first?[0] ?? ""
        let mariadb = (info.first?[1] ?? "").lowercased().contains("mariadb")
        let defaultEngine = info.first?[2] ?? "InnoDB"
        let defaultCollation = info.first?[3] ?? ""

        let tableRows = try await db.query("""
            SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT, CREATE_OPTIONS
            FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME
            """)
        let columnRows = try await db.query("""
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE, CHARACTER_SET_NAME, COLLATION_NAME,
                   EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION, DATA_TYPE
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION
            """)
        let indexRows = try await db.query("""
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, COLLATION
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """)
        let keyRows = try await db.query("""
            SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
            FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
            """)
        let ruleRows = try await db.query("""
            SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = DATABASE()
            """)
        let checkRows = try await db.query(mariadb
            ? "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1, 2"
            : """
              SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS t
              JOIN information_schema.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
              WHERE t.TABLE_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY 1, 2
              """)
        let viewRows = try await db.query("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1")
        let triggerRows = try await db.query("""
            SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT
            FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY 1, 2
            """)

        // Routines: names in one query, each text from SHOW CREATE (the body as written, the header as the server keeps it).
        var routines: [Routine] = []
        for r in try await db.query("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1, 2") {
            guard let name = r[0], let kind = r[1].flatMap(Routine.Kind.init(keyword:)) else { continue }
            let create = try await db.query("SHOW CREATE \(kind.rawValue) \(SQLQuoting.identifier(name, MySQLDialect.rules))")
            guard let sql = create.first.flatMap({ $0.count > 2 ? $0[2] : nil }) else { continue }
            routines.append(Routine(name: name, kind: kind, sql: DDLText.trim(SQLHeader.withoutDefiner(sql))))
        }

        var tables: [String: Table] = [:]
        var order: [String] = []
        var tableCollation: [String: String] = [:]
        for r in tableRows where r[1] == "BASE TABLE" {
            let name = r[0] ?? ""
            if excluded.contains(name) { continue }
            var options = TableOptions()
            if let e = r[2], e != defaultEngine { options.engine = e }
            if let coll = r[3] {
                tableCollation[name] = coll
                if coll != defaultCollation {
                    options.collation = coll
                    options.charset = String(coll.prefix { $0 != "_" })
                }
            }
            if let opts = r[5]?.lowercased(), let rf = opts.split(separator: " ").first(where: { $0.hasPrefix("row_format=") }) {
                options.rowFormat = String(rf.dropFirst("row_format=".count)).uppercased()
            }
            let comment = r[4].flatMap { $0.isEmpty ? nil : $0 }
            tables[name] = Table(name: name, options: options, comment: comment)
            order.append(name)
        }
        for r in columnRows {
            let table = r[0] ?? ""
            guard tables[table] != nil else { continue }
            let extra = (r[7] ?? "").lowercased()
            var c = Column(name: r[1] ?? "", type: MySQLInspector.type(r[4] ?? ""), nullable: r[3] == "YES")
            c.defaultValue = MySQLInspector.defaultValue(r[2], dataType: (r[10] ?? "").lowercased(), extra: extra, mariadb: mariadb)
            c.autoIncrement = extra.contains("auto_increment")
            if let on = extra.range(of: "on update ") {
                c.onUpdate = MySQLInspector.normaliseFunction(String(extra[on.upperBound...]).trimmingCharacters(in: .whitespaces))
            }
            if extra.contains("generated"), let expr = r[9], !extra.contains("default_generated") {
                c.generated = Column.Generated(expression: expr, stored: extra.contains("stored"))
                c.defaultValue = nil
            }
            if let coll = r[6], coll != tableCollation[table] {
                c.collation = coll
                c.charset = r[5]
            }
            c.comment = r[8].flatMap { $0.isEmpty ? nil : $0 }
            tables[table]!.columns.append(c)
        }
        var indexOrder: [String: [String]] = [:]
        var indexes: [String: [String: Index]] = [:]
        for r in indexRows {
            let table = r[0] ?? "", name = r[1] ?? ""
            guard tables[table] != nil else { continue }
            // MariaDB reports a 32-byte SUB_PART on SPATIAL indexes that cannot be written back.
            let spatial = (r[5] ?? "").uppercased() == "SPATIAL"
            let part = IndexPart(column: r[3], length: spatial ? nil : r[4].flatMap { Int($0) }, descending: r[6] == "D")
            if name == "PRIMARY" {
                var pk = tables[table]!.primaryKey ?? PrimaryKey(columns: [])
                pk.columns.append(r[3] ?? "")
                tables[table]!.primaryKey = pk
                continue
            }
            if indexes[table]?[name] == nil {
                let type = (r[5] ?? "BTREE").lowercased()
                indexes[table, default: [:]][name] = Index(name: name, columns: [], unique: r[2] == "0", method: type == "btree" ? nil : type)
                indexOrder[table, default: []].append(name)
            }
            indexes[table]![name]!.columns.append(part)
        }
        for (table, names) in indexOrder { tables[table]!.indexes = names.map { indexes[table]![$0]! } }

        var rules: [String: (String?, String?)] = [:]
        for r in ruleRows { rules["\(r[0] ?? "").\(r[1] ?? "")"] = (MySQLInspector.action(r[2]), MySQLInspector.action(r[3])) }
        var fks: [String: [String: ForeignKey]] = [:]
        var fkOrder: [String: [String]] = [:]
        for r in keyRows {
            let table = r[0] ?? "", name = r[1] ?? ""
            guard tables[table] != nil else { continue }
            if fks[table]?[name] == nil {
                let rule = rules["\(table).\(name)"]
                fks[table, default: [:]][name] = ForeignKey(
                    name: name, columns: [], referencedSchema: r[3] == database ? nil : r[3], referencedTable: r[4] ?? "",
                    referencedColumns: [], onDelete: rule?.1 ?? nil, onUpdate: rule?.0 ?? nil)
                fkOrder[table, default: []].append(name)
            }
            fks[table]![name]!.columns.append(r[2] ?? "")
            fks[table]![name]!.referencedColumns.append(r[5] ?? "")
        }
        for (table, names) in fkOrder { tables[table]!.foreignKeys = names.map { fks[table]![$0]! } }
        for r in checkRows {
            let table = r[0] ?? ""
            guard tables[table] != nil else { continue }
            let columnLevel = r.count > 3 && r[3] == "Column" ? true : nil
            tables[table]!.checks.append(Check(name: r[1], expression: r[2] ?? "", columnLevel: columnLevel))
        }
        for r in triggerRows {
            let table = r[0] ?? ""
            guard tables[table] != nil else { continue }
            let name = r[1] ?? ""
            let sql = "CREATE TRIGGER \(SQLQuoting.identifier(name, MySQLDialect.rules)) \(r[2] ?? "") \(r[3] ?? "") ON \(SQLQuoting.identifier(table, MySQLDialect.rules)) FOR EACH ROW \(r[4] ?? "")"
            tables[table]!.triggers.append(Trigger(name: name, sql: sql))
        }
        let qualifier = "`" + database.replacingOccurrences(of: "`", with: "``") + "`."
        let views = viewRows.map { View(name: $0[0] ?? "", definition: ($0[1] ?? "").replacingOccurrences(of: qualifier, with: "")) }
        return Schema(engine: .mysql, tables: order.map { tables[$0]! }, views: views, routines: routines)
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
        let numeric: Set<String> = ["tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "bit", "year"]
        if numeric.contains(dataType) { return raw }
        return SQLQuoting.literal(raw, MySQLDialect.rules)
    }

    static func normaliseFunction(_ s: String) -> String { MySQLCanonical.function(s) }

    static func action(_ rule: String?) -> String? {
        guard let rule, rule != "NO ACTION" else { return nil }
        return rule
    }
}
