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
                if i.method == "fulltext" || i.method == "spatial" { return nil }
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
        guard type.name == "boolean" else { return v }
        if v == "1" || v == "'1'" { return "true" }
        if v == "0" || v == "'0'" { return "false" }
        return v
    }

    /// The PostgreSQL type for a type of another engine.
    static func nearestType(_ t: ColumnType) -> ColumnType {
        switch t.name.lowercased() {
        case "tinyint": return ColumnType("smallint")
        case "smallint", "int2": return ColumnType(t.unsigned ? "integer" : "smallint")
        case "mediumint", "int", "integer", "int4": return ColumnType(t.unsigned ? "bigint" : "integer")
        case "bigint", "int8": return t.unsigned ? ColumnType("numeric", length: 20, scale: 0) : ColumnType("bigint")
        case "float", "real", "float4": return ColumnType("real")
        case "double", "double precision", "float8": return ColumnType("double precision")
        case "decimal", "numeric": return ColumnType("numeric", length: t.length, scale: t.scale)
        case "varchar", "character varying": return ColumnType("character varying", length: t.length)
        case "char", "character": return ColumnType("character", length: t.length ?? 1)
        case "tinytext", "text", "mediumtext", "longtext", "clob": return ColumnType("text")
        case "tinyblob", "blob", "mediumblob", "longblob", "binary", "varbinary": return ColumnType("bytea")
        case "datetime", "timestamp": return ColumnType("timestamp without time zone", length: t.length)
        case "json": return ColumnType("jsonb")
        case "bool", "boolean": return ColumnType("boolean")
        // SQLite lets a column have no type at all.
        case "": return ColumnType("text")
        default: return t
        }
    }
}
