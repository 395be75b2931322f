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
                if i.method == "fulltext" || i.method == "spatial" { return nil }
                if let m = i.method, m != "" { i.method = nil }
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

    /// The SQLite type for a type of another engine (SQLite's affinities, with the names kept where they say more).
    static func nearestType(_ t: ColumnType) -> ColumnType {
        let name = t.name.lowercased()
        if ["tinyint", "smallint", "mediumint", "int", "integer", "bigint", "serial", "bigserial", "smallserial", "int2", "int4", "int8", "boolean", "bool", "bit", "year"].contains(name) { return ColumnType("integer") }
        if ["float", "double", "double precision", "real", "float4", "float8"].contains(name) { return ColumnType("real") }
        if ["decimal", "numeric"].contains(name) { return ColumnType("numeric", length: t.length, scale: t.scale) }
        if name.contains("char") && t.length != nil { return ColumnType("varchar", length: t.length) }
        if name.contains("blob") || name == "bytea" || name.contains("binary") { return ColumnType("blob") }
        if name.hasPrefix("timestamp") || name == "datetime" { return ColumnType("datetime") }
        if name == "date" || name == "time" { return ColumnType(name) }
        return ColumnType("text")
    }
}
