import Strata

extension SQLiteDialect {
    /// A schema from another engine on SQLite: integer, real, numeric, text, blob and date types;
    /// ENUM columns become text with a CHECK; no charsets, comments, index methods or prefix
    /// lengths, schemas, enum types, sequences or routines; index names unique in the file.
    public func materialise(_ schema: Schema) -> Schema {
        TypeMapping.materialise(schema, on: engine, table: { table, _ in
            var checks = table.checks
            table.columns = table.columns.map { c in
                var c = c
                if let values = c.type.values {
                    let list = values.map { SQLQuoting.literal($0, lexicon) }.joined(separator: ", ")
                    checks.append(Check(expression: "\(quote(c.name)) IN (\(list))"))
                    c.type = ColumnType("text")
                } else {
                    c.type = Self.nearestType(c.type)
                }
                c.defaultValue = c.defaultValue.map(TypeMapping.integerBooleanDefault)
                if c.identity != nil { c.identity = nil; c.autoIncrement = true }
                c.charset = nil
                c.onUpdate = nil
                c.collation = nil
                c.comment = nil
                return c
            }
            table.checks = checks
            if let pk = table.primaryKey, pk.columns.count == 1,
               let i = table.columns.firstIndex(where: { $0.name == pk.columns[0] && $0.autoIncrement }) {
                table.columns[i].type = ColumnType("integer")  // AUTOINCREMENT needs INTEGER PRIMARY KEY
            }
            table.indexes = table.indexes.compactMap { i in
                var i = i
                if i.method?.isMySQLKind == true { return nil }
                i.method = nil
                i.columns = i.columns.map { p in var p = p; p.length = nil; return p }
                return i
            }
            table.options = TableOptions()
            table.comment = nil
            table.schema = nil
            table.foreignKeys = table.foreignKeys.map { $0.withoutSchemaOrDeferral.restrictLeftUnsaid }
        }, finish: { out, _ in
            out.tables = TypeMapping.uniqueIndexNames(out.tables)
        })
    }

    /// SQLite's reading: `INT` and `INTEGER` hold 64 bits (the rowid's width), every float is 8 bytes.
    public func classify(_ type: ColumnType) -> ColumnType.Classification {
        var c = type.classified
        if c.family == .integer, ["int", "integer"].contains(type.name.lowercased()) { c.bits = 64 }
        if c.family == .float { c.bits = 64 }
        return c
    }

    /// The SQLite type for a type of another engine (SQLite's affinities, with the names kept where they say more).
    static func nearestType(_ t: ColumnType) -> ColumnType {
        let c = t.classified
        switch c.family {
        case .integer, .boolean, .bit, .year: return ColumnType("integer")
        case .float: return ColumnType("real")
        case .decimal: return ColumnType("numeric", length: t.length, scale: t.scale)
        case .character where t.length != nil: return ColumnType("varchar", length: t.length)
        case .binary: return ColumnType("blob")
        case .timestamp: return ColumnType("datetime")
        case .date: return ColumnType("date")
        case .time: return ColumnType("time")
        default: return ColumnType("text")
        }
    }
}
