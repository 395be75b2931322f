import Strata

/// Reads a PostgreSQL database into a `Schema` with nine bulk catalog queries, whatever the
/// number of tables. Every non-system schema is read; `public` is the default (nil) schema. Each
/// kind of object has its query (``CatalogQuery``, read by column name) and its reader below.
public struct PostgresInspector {
    /// The connection read.
    public let db: any DatabaseDriver
    /// An inspector reading through `db`.
    public init(db: any DatabaseDriver) { self.db = db }

    static let userSchemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
    static let sep = "\u{1f}"

    /// The schema from `pg_catalog`, leaving out the tables named in `excluded`.
    public func inspect(excluding excluded: Set<String>) async throws -> Schema {
        var tables = InspectedTables()
        for r in try await Self.tableQuery.rows(db) {
            let k = Self.key(r, "schema", "table")
            if k.schema == nil && excluded.contains(k.name) { continue }
            tables.add(Table(schema: k.schema, name: k.name, comment: r["comment"]))
        }
        for r in try await Self.columnQuery.rows(db) { tables.update(Self.key(r, "schema", "table")) { $0.columns.append(Self.column(r)) } }
        for r in try await Self.constraintQuery.rows(db) { tables.update(Self.key(r, "schema", "table")) { Self.addConstraint(r, to: &$0) } }
        for r in try await Self.indexQuery.rows(db) { tables.update(Self.key(r, "schema", "table")) { $0.indexes.append(Self.index(r)) } }
        let views = try await Self.viewQuery.rows(db).map { r in
            View(schema: Self.schemaName(r["schema"]), name: r.text("view"), definition: Self.canonical(Self.viewBody(r.text("definition"))))
        }
        return Schema(engine: .postgresql, tables: tables.tables, views: views, enums: Self.enums(try await Self.enumQuery.rows(db)),
                      sequences: try await Self.sequenceQuery.rows(db).map(Self.sequence),
                      namespaces: try await Self.namespaceQuery.rows(db).compactMap { $0["schema"] })
    }

    static func schemaName(_ s: String?) -> String? { s == "public" ? nil : s }
    static func key(_ r: CatalogRow, _ schema: String, _ name: String) -> QualifiedName {
        QualifiedName(schema: schemaName(r[schema]), r.text(name))
    }

    // MARK: Tables and columns

    static let tableQuery = CatalogQuery(["schema": "n.nspname::text", "table": "c.relname::text", "comment": "obj_description(c.oid, 'pg_class')"], from: """
        pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND \(userSchemas) ORDER BY 1, 2
        """)

    static let columnQuery = CatalogQuery([
        "schema": "n.nspname::text", "table": "c.relname::text", "name": "a.attname::text", "type": "format_type(a.atttypid, a.atttypmod)",
        "notNull": "a.attnotnull::text", "default": "pg_get_expr(d.adbin, d.adrelid)", "identity": "a.attidentity::text",
        "generated": "a.attgenerated::text", "collation": "CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END",
        "comment": "col_description(c.oid, a.attnum)",
    ], from: """
        pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        LEFT JOIN pg_collation co ON co.oid = a.attcollation
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND \(userSchemas)
        ORDER BY 1, 2, a.attnum
        """)

    /// A column: identity and generated columns carry no default; a default from a sequence is a serial.
    static func column(_ r: CatalogRow) -> Column {
        var c = Column(name: r.text("name"), type: type(r.text("type")), nullable: !r.flag("notNull"),
                       defaultValue: r["default"], collation: r["collation"], comment: r["comment"])
        switch r.text("identity") {
        case "a": c.identity = .always; c.defaultValue = nil
        case "d": c.identity = .byDefault; c.defaultValue = nil
        default: break
        }
        if r["generated"] == "s", let expr = r["default"] {
            c.generated = Column.Generated(expression: expr, stored: true)
            c.defaultValue = nil
        }
        if let d = c.defaultValue, d.hasPrefix("nextval("), d.hasSuffix("::regclass)") {
            c.autoIncrement = true
            c.defaultValue = nil
        }
        return c
    }

    // MARK: Keys, checks and indexes

    static let constraintQuery = CatalogQuery([
        "schema": "n.nspname::text", "table": "c.relname::text", "name": "con.conname::text", "kind": "con.contype::text",
        "definition": "pg_get_constraintdef(con.oid)",
        "columns": """
            array_to_string(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord), chr(31))
            """,
        "referencedColumns": """
            array_to_string(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord), chr(31))
            """,
        "referencedSchema": "fn.nspname::text", "referencedTable": "fc.relname::text",
        "onDelete": "con.confdeltype::text", "onUpdate": "con.confupdtype::text",
        "deferrable": "con.condeferrable::text", "deferred": "con.condeferred::text",
    ], from: """
        pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
        WHERE con.contype IN ('p', 'u', 'f', 'c') AND \(userSchemas)
        ORDER BY 1, 2, 3
        """)

    /// A primary key (named only when not `<table>_pkey`), UNIQUE constraint, foreign key or check.
    static func addConstraint(_ r: CatalogRow, to table: inout Table) {
        let name = r.text("name")
        let columns = r.text("columns").split(separator: Character(sep), omittingEmptySubsequences: false).map(String.init)
        switch r.text("kind") {
        case "p":
            table.primaryKey = PrimaryKey(name: name == "\(table.name)_pkey" ? nil : name, columns: columns)
        case "u":
            table.indexes.append(Index(name: name, columns: columns.map { IndexPart(column: $0) }, unique: true, isConstraint: true))
        case "f":
            table.foreignKeys.append(ForeignKey(
                name: name, columns: columns, referencedSchema: schemaName(r["referencedSchema"]), referencedTable: r.text("referencedTable"),
                referencedColumns: r.text("referencedColumns").split(separator: Character(sep)).map(String.init),
                onDelete: action(r["onDelete"]), onUpdate: action(r["onUpdate"]),
                deferrable: r.flag("deferrable"), initiallyDeferred: r.flag("deferred") && r.text("definition").contains("DEFERRED")))
        case "c":
            table.checks.append(Check(name: name, expression: canonical(checkExpression(r.text("definition")))))
        default: break
        }
    }

    static let indexQuery = CatalogQuery([
        "schema": "n.nspname::text", "table": "c.relname::text", "name": "i.relname::text", "unique": "ix.indisunique::text",
        "definition": "pg_get_indexdef(ix.indexrelid)", "method": "am.amname::text", "predicate": "pg_get_expr(ix.indpred, ix.indrelid)",
    ], from: """
        pg_index ix
        JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class c ON c.oid = ix.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam
        WHERE NOT ix.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid AND k.contype IN ('p', 'u', 'x'))
          AND c.relkind IN ('r', 'p') AND \(userSchemas)
        ORDER BY 1, 2, 3
        """)

    /// An index that backs no constraint; B-tree is the default method (nil).
    static func index(_ r: CatalogRow) -> Index {
        let method = r["method"] == "btree" ? nil : r["method"].flatMap(Index.Method.init(rawValue:))
        return Index(name: r["name"], columns: indexParts(r.text("definition")), unique: r.flag("unique"),
                     method: method, predicate: r["predicate"].map(canonical))
    }

    // MARK: Views, enums, sequences, schemas

    static let viewQuery = CatalogQuery(["schema": "n.nspname::text", "view": "c.relname::text", "definition": "pg_get_viewdef(c.oid)"], from: """
        pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND \(userSchemas) ORDER BY 1, 2
        """)

    static let enumQuery = CatalogQuery(["schema": "n.nspname::text", "type": "t.typname::text", "label": "e.enumlabel::text"], from: """
        pg_enum e
        JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE \(userSchemas) ORDER BY 1, 2, e.enumsortorder
        """)

    /// One enum type per run of rows of the same type, its labels in their sort order.
    static func enums(_ rows: [CatalogRow]) -> [EnumType] {
        var enums: [EnumType] = []
        for r in rows {
            let k = key(r, "schema", "type")
            if let last = enums.last, last.qualifiedName == k { enums[enums.count - 1].values.append(r.text("label")) }
            else { enums.append(EnumType(schema: k.schema, name: k.name, values: [r.text("label")])) }
        }
        return enums
    }

    static let sequenceQuery = CatalogQuery([
        "schema": "s.schemaname::text", "name": "s.sequencename::text", "start": "s.start_value::text", "increment": "s.increment_by::text",
        "min": "s.min_value::text", "max": "s.max_value::text", "cycle": "s.cycle::text", "type": "s.data_type::text",
    ], from: """
        pg_sequences s
        JOIN pg_namespace n ON n.nspname = s.schemaname
        JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
        WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND d.classid = 'pg_class'::regclass)
          AND \(userSchemas)
        ORDER BY 1, 2
        """)

    /// A sequence no column owns; bounds at the type's defaults are left unsaid.
    static func sequence(_ r: CatalogRow) -> SequenceDefinition {
        let increment = r.int("increment") ?? 1
        let (defMin, defMax) = sequenceBounds(type: r["type"] ?? "bigint", ascending: increment > 0)
        let minV = r.int("min"), maxV = r.int("max")
        return SequenceDefinition(schema: schemaName(r["schema"]), name: r.text("name"), start: r.int("start") ?? 1, increment: increment,
                                  minValue: minV == defMin ? nil : minV, maxValue: maxV == defMax ? nil : maxV, cycle: r.flag("cycle"))
    }

    static let namespaceQuery = CatalogQuery(["schema": "n.nspname::text"], from: """
        pg_namespace n WHERE \(userSchemas) AND n.nspname <> 'public' ORDER BY 1
        """)

    // MARK: Reading the catalog's text

    /// `format_type` output to a column type: `character varying(50)`, `timestamp(6) without time zone`, `integer[]`.
    static func type(_ text: String) -> ColumnType {
        var t = DDLText.parseType(text)
        // "numeric" without arguments and similar stay as they are; enum and domain names keep their case.
        if text.contains("\"") { t.name = text }
        return t
    }

    /// PostgreSQL deparses `x IN ('a', 'b')` as `(ARRAY['a'::T, 'b'::T])::U[]`, and that text, fed
    /// back, as `ARRAY[('a'::T)::U, ('b'::T)::U]`, which is stable. Both are written the stable way,
    /// so a check or view created from inspected text compares equal to the original.
    static func canonical(_ expr: String) -> String {
        var s = expr
        var searchFrom = s.startIndex
        while let r = s.range(of: "(ARRAY[", range: searchFrom..<s.endIndex) {
            guard let inner = DDLText.parenthesised(s, from: r.lowerBound) else { break }
            let afterParen = inner.end
            // (ARRAY[...])::type[]
            guard s[afterParen...].hasPrefix("::") else { searchFrom = r.upperBound; continue }
            let typeStart = s.index(afterParen, offsetBy: 2)
            guard let close = s[typeStart...].range(of: "[]") else { searchFrom = r.upperBound; continue }
            let type = String(s[typeStart..<close.lowerBound])
            guard !type.isEmpty, type.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == " " || $0 == "\"" }) else { searchFrom = r.upperBound; continue }
            let arrayText = inner.inner  // ARRAY[...]
            guard arrayText.hasPrefix("ARRAY["), arrayText.hasSuffix("]") else { searchFrom = r.upperBound; continue }
            let elements = DDLText.splitTopLevel(String(arrayText.dropFirst(6).dropLast()))
            let rewritten = "ARRAY[" + elements.map { "(\($0))::\(type)" }.joined(separator: ", ") + "]"
            s.replaceSubrange(r.lowerBound..<close.upperBound, with: rewritten)
            searchFrom = s.startIndex
        }
        return s
    }

    /// `CHECK ((qty > 0))` -> `(qty > 0)`; a trailing `NOT VALID` is left out.
    static func checkExpression(_ def: String) -> String {
        var d = def
        if d.hasSuffix(" NOT VALID") { d = String(d.dropLast(10)) }
        guard d.hasPrefix("CHECK "), let p = DDLText.parenthesised(d) else { return d }
        return p.inner
    }

    /// The key parts of `CREATE INDEX ... USING method (parts) [INCLUDE ...] [WHERE ...]`.
    static func indexParts(_ def: String) -> [IndexPart] {
        guard let using = def.range(of: " USING "), let p = DDLText.parenthesised(def, from: using.upperBound) else { return [] }
        return DDLText.splitTopLevel(p.inner).map { raw in
            var text = raw.trimmingCharacters(in: .whitespaces)
            var descending = false
            for suffix in [" NULLS FIRST", " NULLS LAST"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            if text.hasSuffix(" DESC") { descending = true; text = String(text.dropLast(5)) }
            let (tok, rest) = DDLText.firstToken(text)
            if rest.isEmpty, let f = tok.first, f.isLetter || f == "_" || f == "\"" { return IndexPart(column: DDLText.unquote(tok), descending: descending) }
            if text.hasPrefix("("), text.hasSuffix(")"), DDLText.parenthesised(text)?.end == text.endIndex {
                text = String(text.dropFirst().dropLast())
            }
            return IndexPart(expression: text, descending: descending)
        }
    }

    static func viewBody(_ def: String) -> String {
        var d = def.trimmingCharacters(in: .whitespacesAndNewlines)
        if d.hasSuffix(";") { d.removeLast() }
        return d
    }

    static func action(_ code: String?) -> ForeignKey.Action? {
        switch code {
        case "c": return .cascade
        case "n": return .setNull
        case "d": return .setDefault
        case "r": return .restrict
        default: return nil
        }
    }

    static func sequenceBounds(type: String, ascending: Bool) -> (Int64, Int64) {
        let max: Int64 = type == "smallint" ? Int64(Int16.max) : type == "integer" ? Int64(Int32.max) : Int64.max
        // A descending sequence starts at -1 and goes down to the type's minimum (-max - 1).
        return ascending ? (1, max) : (-max - 1, -1)
    }
}
