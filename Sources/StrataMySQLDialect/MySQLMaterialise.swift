import Strata

extension MySQLDialect {
    /// A schema from another engine on MySQL: the nearest MySQL types (booleans as `tinyint(1)`,
    /// PostgreSQL arrays and `jsonb` as `longtext`), identity columns as AUTO_INCREMENT, foreign
    /// keys spelled out with RESTRICT; no partial indexes, index methods other than FULLTEXT,
    /// SPATIAL and HASH, schemas, deferrable keys, enum types or sequences.
    public func materialise(_ schema: Schema) -> Schema {
        TypeMapping.materialise(schema, on: engine, table: { table, _ in
            table.columns = table.columns.map { c in
                var c = c
                if c.type.values == nil { c.type = Self.nearestType(c.type) }
                c.defaultValue = c.defaultValue.map(TypeMapping.integerBooleanDefault)
                if c.identity != nil { c.identity = nil; c.autoIncrement = true }
                c.collation = nil
                return c
            }
            table.indexes = table.indexes.map { i in
                var i = i
                if let m = i.method, !["fulltext", "spatial", "hash"].contains(m) { i.method = nil }
                i.predicate = nil
                i.isConstraint = false
                return i
            }
            table.schema = nil
            table.foreignKeys = table.foreignKeys.map { key in
                var fk = key.withoutSchemaOrDeferral
                fk.onDelete = fk.onDelete ?? "RESTRICT"
                fk.onUpdate = fk.onUpdate ?? "RESTRICT"
                return fk
            }
        }, finish: { out, schema in
            out.routines = schema.routines
        })
    }

    /// The MySQL type for a type of another engine.
    static func nearestType(_ t: ColumnType) -> ColumnType {
        let name = t.name.lowercased()
        switch name {
        case "integer", "int4", "serial": return ColumnType("int")
        case "smallint", "int2", "smallserial": return ColumnType("smallint")
        case "bigint", "int8", "bigserial": return ColumnType("bigint")
        case "boolean", "bool": return ColumnType("tinyint", length: 1)
        case "real", "float4": return ColumnType("float")
        case "double precision", "float8": return ColumnType("double")
        case "numeric": return ColumnType("decimal", length: t.length ?? 10, scale: t.scale ?? 0)
        case "character varying": return ColumnType("varchar", length: t.length ?? 255)
        case "character": return ColumnType("char", length: t.length ?? 1)
        case "bytea": return ColumnType("longblob")
        case "jsonb": return ColumnType("longtext")
        case "uuid": return ColumnType("char", length: 36)
        case "timestamp without time zone", "timestamp with time zone": return ColumnType("datetime", length: t.length)
        case "time without time zone", "time with time zone": return ColumnType("time", length: t.length)
        case "": return ColumnType("text")
        default:
            if name.hasSuffix("[]") { return ColumnType("longtext") }
            if name == "varchar" && t.length == nil { return ColumnType("text") }
            return t
        }
    }
}
