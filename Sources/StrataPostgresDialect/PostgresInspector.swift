import Strata

/// Reads a PostgreSQL database into a `Schema` with eight bulk catalog queries, whatever the
/// number of tables. Every non-system schema is read; `public` is the default (nil) schema.
public struct PostgresInspector {
    public let db: any DatabaseDriver
    public init(db: any DatabaseDriver) { self.db = db }

    static let userSchemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
    static let sep = "\u{1f}"

    /// The schema from `pg_catalog`, leaving out the tables named in `excluded`.
    public func inspect(excluding excluded: Set<String>) async throws -> Schema {
        let u = PostgresInspector.userSchemas
        let tableRows = try await db.query("""
            SELECT n.nspname::text, c.relname::text, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND \(u) ORDER BY 1, 2
            """)
        let columnRows = try await db.query("""
            SELECT n.nspname::text, c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull::text,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END, col_description(c.oid, a.attnum)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND \(u)
            ORDER BY 1, 2, a.attnum
            """)
        let sep = PostgresInspector.sep
        let constraintRows = try await db.query("""
            SELECT n.nspname::text, c.relname::text, con.conname::text, con.contype::text, pg_get_constraintdef(con.oid),
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord), chr(31)),
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                       JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord), chr(31)),
                   fn.nspname::text, fc.relname::text, con.confdeltype::text, con.confupdtype::text,
                   con.condeferrable::text, con.condeferred::text
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND \(u)
            ORDER BY 1, 2, 3
            """)
        let indexRows = try await db.query("""
            SELECT n.nspname::text, c.relname::text, i.relname::text, ix.indisunique::text, pg_get_indexdef(ix.indexrelid),
                   am.amname::text, pg_get_expr(ix.indpred, ix.indrelid)
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class c ON c.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam
            WHERE NOT ix.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid AND k.contype IN ('p', 'u', 'x'))
              AND c.relkind IN ('r', 'p') AND \(u)
            ORDER BY 1, 2, 3
            """)
        let viewRows = try await db.query("""
            SELECT n.nspname::text, c.relname::text, pg_get_viewdef(c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND \(u) ORDER BY 1, 2
            """)
        let enumRows = try await db.query("""
            SELECT n.nspname::text, t.typname::text, e.enumlabel::text FROM pg_enum e
            JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE \(u) ORDER BY 1, 2, e.enumsortorder
            """)
        let sequenceRows = try await db.query("""
            SELECT s.schemaname::text, s.sequencename::text, s.start_value::text, s.increment_by::text, s.min_value::text,
                   s.max_value::text, s.cycle::text, s.data_type::text
            FROM pg_sequences s
            JOIN pg_namespace n ON n.nspname = s.schemaname
            JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND d.classid = 'pg_class'::regclass)
              AND \(u)
            ORDER BY 1, 2
            """)
        let namespaceRows = try await db.query("""
            SELECT n.nspname::text FROM pg_namespace n WHERE \(u) AND n.nspname <> 'public' ORDER BY 1
            """)

        func schemaName(_ s: String?) -> String? { s == "public" ? nil : s }
        func key(_ s: String?, _ t: String?) -> QualifiedName { QualifiedName(schema: schemaName(s), t ?? "") }

        var tables: [QualifiedName: Table] = [:]
        var order: [QualifiedName] = []
        for r in tableRows {
            let k = key(r[0], r[1])
            if k.schema == nil && excluded.contains(k.name) { continue }
            tables[k] = Table(schema: k.schema, name: k.name, comment: r[2])
            order.append(k)
        }
        for r in columnRows {
            let k = key(r[0], r[1])
            guard tables[k] != nil else { continue }
            var c = Column(name: r[2] ?? "", type: PostgresInspector.type(r[3] ?? ""), nullable: r[4] != "true",
                           defaultValue: r[5], collation: r[8], comment: r[9])
            switch r[6] ?? "" {
            case "a": c.identity = .always; c.defaultValue = nil
            case "d": c.identity = .byDefault; c.defaultValue = nil
            default: break
            }
            if r[7] == "s", let expr = r[5] {
                c.generated = Column.Generated(expression: expr, stored: true)
                c.defaultValue = nil
            }
            if let d = c.defaultValue, d.hasPrefix("nextval("), d.hasSuffix("::regclass)") {
                c.autoIncrement = true
                c.defaultValue = nil
            }
            tables[k]!.columns.append(c)
        }
        for r in constraintRows {
            let k = key(r[0], r[1])
            guard tables[k] != nil else { continue }
            let name = r[2] ?? ""
            let columns = (r[5] ?? "").split(separator: Character(sep), omittingEmptySubsequences: false).map(String.init)
            switch r[3] ?? "" {
            case "p":
                tables[k]!.primaryKey = PrimaryKey(name: name == "\(k.name)_pkey" ? nil : name, columns: columns)
            case "u":
                tables[k]!.indexes.append(Index(name: name, columns: columns.map { IndexPart(column: $0) }, unique: true, isConstraint: true))
            case "f":
                let def = r[4] ?? ""
                tables[k]!.foreignKeys.append(ForeignKey(
                    name: name, columns: columns, referencedSchema: schemaName(r[7]), referencedTable: r[8] ?? "",
                    referencedColumns: (r[6] ?? "").split(separator: Character(sep)).map(String.init),
                    onDelete: PostgresInspector.action(r[9]), onUpdate: PostgresInspector.action(r[10]),
                    deferrable: r[11] == "true", initiallyDeferred: r[12] == "true" && def.contains("DEFERRED")))
            case "c":
                tables[k]!.checks.append(Check(name: name, expression: PostgresInspector.canonical(PostgresInspector.checkExpression(r[4] ?? ""))))
            default: break
            }
        }
        for r in indexRows {
            let k = key(r[0], r[1])
            guard tables[k] != nil else { continue }
            let method = r[5] == "btree" ? nil : r[5]
            tables[k]!.indexes.append(Index(name: r[2], columns: PostgresInspector.indexParts(r[4] ?? ""), unique: r[3] == "true",
                                            method: method, predicate: r[6].map(PostgresInspector.canonical)))
        }
        let views = viewRows.map { r in
            View(schema: schemaName(r[0]), name: r[1] ?? "", definition: PostgresInspector.canonical(PostgresInspector.viewBody(r[2] ?? "")))
        }
        var enums: [EnumType] = []
        for r in enumRows {
            let k = key(r[0], r[1])
            if let last = enums.last, last.qualifiedName == k { enums[enums.count - 1].values.append(r[2] ?? "") }
            else { enums.append(EnumType(schema: k.schema, name: k.name, values: [r[2] ?? ""])) }
        }
        let sequences = sequenceRows.map { r -> SequenceDefinition in
            let increment = Int64(r[3] ?? "1") ?? 1
            let (defMin, defMax) = PostgresInspector.sequenceBounds(type: r[7] ?? "bigint", ascending: increment > 0)
            let minV = Int64(r[4] ?? ""), maxV = Int64(r[5] ?? "")
            return SequenceDefinition(schema: schemaName(r[0]), name: r[1] ?? "", start: Int64(r[2] ?? "1") ?? 1, increment: increment,
                                      minValue: minV == defMin ? nil : minV, maxValue: maxV == defMax ? nil : maxV, cycle: r[6] == "true")
        }
        return Schema(engine: .postgresql, tables: order.map { tables[$0]! }, views: views, enums: enums,
                      sequences: sequences, namespaces: namespaceRows.compactMap { $0[0] })
    }

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

    static func action(_ code: String?) -> String? {
        switch code {
        case "c": return "CASCADE"
        case "n": return "SET NULL"
        case "d": return "SET DEFAULT"
        case "r": return "RESTRICT"
        default: return nil
        }
    }

    static func sequenceBounds(type: String, ascending: Bool) -> (Int64, Int64) {
        let max: Int64 = type == "smallint" ? Int64(Int16.max) : type == "integer" ? Int64(Int32.max) : Int64.max
        // A descending sequence starts at -1 and goes down to the type's minimum (-max - 1).
        return ascending ? (1, max) : (-max - 1, -1)
    }
}
