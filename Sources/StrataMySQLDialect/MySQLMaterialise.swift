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
                if let m = i.method, !m.isMySQLKind && m != .hash { i.method = nil }
                i.predicate = nil
                i.isConstraint = false
                return i
            }
            table.schema = nil
            table.foreignKeys = table.foreignKeys.map { key in
                var fk = key.withoutSchemaOrDeferral
                fk.onDelete = fk.onDelete ?? .restrict
                fk.onUpdate = fk.onUpdate ?? .restrict
                return fk
            }
        }, finish: { out, schema in
            out.routines = schema.routines
        })
    }

    /// The MySQL type for a type of another engine; a type MySQL spells so already is kept as it is.
    static func nearestType(_ t: ColumnType) -> ColumnType {
        let c = t.classified
        let name = t.name.lowercased()
        switch c.family {
        case .integer:
            let mysql = [8: "tinyint", 16: "smallint", 24: "mediumint", 32: "int", 64: "bigint"][c.bits ?? 32] ?? "int"
            return mysql == name ? t : ColumnType(mysql)
        case .boolean: return ColumnType("tinyint", length: 1)
        case .float where name != "float" && name != "double": return ColumnType(c.bits == 64 ? "double" : "float")
        case .decimal where name != "decimal": return ColumnType("decimal", length: t.length ?? 10, scale: t.scale ?? 0)
        case .character where name == "character varying": return ColumnType("varchar", length: t.length ?? 255)
        case .character where name == "character": return ColumnType("char", length: t.length ?? 1)
        case .character where name == "varchar" && t.length == nil: return ColumnType("text")
        case .binary where name == "bytea": return ColumnType("longblob")
        case .json where name != "json": return ColumnType("longtext")
        case .uuid: return ColumnType("char", length: 36)
        case .timestamp where c.withTimeZone || name.hasPrefix("timestamp "): return ColumnType("datetime", length: t.length)
        case .time where name != "time": return ColumnType("time", length: t.length)
        case .array: return ColumnType("longtext")
        case .other where name.isEmpty: return ColumnType("text")
        default: return t
        }
    }
}
