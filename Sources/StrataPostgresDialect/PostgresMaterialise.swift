import Strata

extension PostgresDialect {
    /// A schema from another engine on PostgreSQL: the nearest PostgreSQL types (unsigned integers
    /// one size up), an ENUM column gets an enum type `table_column` (a SET becomes text), generated
    /// columns are stored; no charsets, ON UPDATE, prefix lengths, FULLTEXT or SPATIAL indexes,
    /// storage options or MySQL routines; index names unique in the schema.
    public func materialise(_ schema: Schema) -> Schema {
        TypeMapping.materialise(schema, on: engine, table: { table, out in
            table.columns = table.columns.map { c in
                var c = c
                if let values = c.type.values {
                    if c.type.name.lowercased() == "set" {
                        c.type = ColumnType("text")
                    } else {
                        let e = EnumType(name: "\(table.name)_\(c.name)", values: values)
                        if !out.enums.contains(where: { $0.qualifiedName == e.qualifiedName }) { out.enums.append(e) }
                        c.type = ColumnType(e.name)
                    }
                } else {
                    c.type = Self.nearestType(c.type)
                }
                c.defaultValue = c.defaultValue.map { Self.booleanDefault(TypeMapping.portableDefault($0), type: c.type) }
                c.charset = nil
                c.onUpdate = nil
                c.collation = nil
                if c.generated != nil { c.generated?.stored = true }
                return c
            }
            table.indexes = table.indexes.compactMap { i in
                var i = i
                if i.method?.isMySQLKind == true { return nil }
                i.columns = i.columns.map { p in var p = p; p.length = nil; return p }
                return i
            }
            table.options = TableOptions()
            table.foreignKeys = table.foreignKeys.map(\.restrictLeftUnsaid)
        }, finish: { out, schema in
            out.tables = TypeMapping.uniqueIndexNames(out.tables)
            out.enums += schema.enums.filter { e in !out.enums.contains { $0.qualifiedName == e.qualifiedName } }
            out.sequences = schema.sequences
            out.namespaces = schema.namespaces
        })
    }

    /// `1`/`0` as `true`/`false` on a boolean column.
    static func booleanDefault(_ v: String, type: ColumnType) -> String {
        guard type.classified.family == .boolean else { return v }
        if v == "1" || v == "'1'" { return "true" }
        if v == "0" || v == "'0'" { return "false" }
        return v
    }

    /// The PostgreSQL type for a type of another engine: unsigned integers one size up (an unsigned
    /// `bigint` as `numeric(20,0)`), MySQL's text and blob sizes as `text` and `bytea`.
    static func nearestType(_ t: ColumnType) -> ColumnType {
        let c = t.classified
        switch c.family {
        case .integer where !c.serial:
            switch c.bits ?? 32 {
            case ...8: return ColumnType("smallint")
            case ...16: return ColumnType(c.signed ? "smallint" : "integer")
            case ...32: return ColumnType(c.signed ? "integer" : "bigint")
            default: return c.signed ? ColumnType("bigint") : ColumnType("numeric", length: 20, scale: 0)
            }
        case .year: return ColumnType("smallint")
        case .float: return ColumnType(c.bits == 64 ? "double precision" : "real")
        case .decimal: return ColumnType("numeric", length: t.length, scale: t.scale)
        case .character: return c.fixedLength ? ColumnType("character", length: t.length ?? 1) : ColumnType("character varying", length: t.length)
        case .text: return ColumnType("text")
        case .binary: return ColumnType("bytea")
        case .timestamp: return ColumnType(c.withTimeZone ? "timestamp with time zone" : "timestamp without time zone", length: t.length)
        case .json: return ColumnType("jsonb")
        case .boolean: return ColumnType("boolean")
        // SQLite lets a column have no type at all.
        case .other where t.name.isEmpty: return ColumnType("text")
        default: return t
        }
    }
}
