/// Materialises a schema read from one engine on another (docs/type-mapping.md).
///
/// Types map to the nearest type the target has; what the target cannot express is dropped
/// (MySQL charsets and storage engines on PostgreSQL and SQLite, index prefix lengths, ON UPDATE)
/// or expressed another way (an ENUM column becomes a PostgreSQL enum type or a CHECK on SQLite).
/// Expressions in defaults lose engine-specific casts; CHECK, view and generated-column
/// expressions are kept as written, so keep them portable.
public enum TypeMapping {
    /// `schema` as it would exist on `target`.
    public static func map(_ schema: Schema, to target: Engine) -> Schema {
        guard let source = schema.engine, source != target else { return schema }
        var out = Schema(engine: target)
        for var table in schema.tables {
            var checks = table.checks
            table.columns = table.columns.map { c in
                var c = c
                let (type, check, enumType) = mapType(c.type, column: c.name, table: table.name, from: source, to: target)
                if let check { checks.append(check) }
                if let enumType, !out.enums.contains(where: { $0.qualifiedName == enumType.qualifiedName }) { out.enums.append(enumType) }
                c.type = type
                c.defaultValue = c.defaultValue.map { mapDefault($0, type: type, to: target) }
                if c.identity != nil && target != .postgresql { c.identity = nil; c.autoIncrement = true }
                if target != .mysql { c.charset = nil; c.onUpdate = nil }
                if target != .mysql || source != .mysql { c.collation = target == source ? c.collation : nil }
                if target == .sqlite { c.comment = nil }
                if c.generated != nil && target == .postgresql { c.generated?.stored = true }
                return c
            }
            if target == .sqlite, let pk = table.primaryKey, pk.columns.count == 1,
               let i = table.columns.firstIndex(where: { $0.name == pk.columns[0] && $0.autoIncrement }) {
                table.columns[i].type = ColumnType("integer")  // SQLite AUTOINCREMENT needs INTEGER PRIMARY KEY
            }
            table.checks = checks
            table.indexes = table.indexes.compactMap { i in
                var i = i
                if target != .mysql { i.columns = i.columns.map { p in var p = p; p.length = nil; return p } }
                switch (i.method, target) {
                case ("fulltext"?, .postgresql), ("fulltext"?, .sqlite): return nil
                case ("spatial"?, _) where target != .mysql: return nil
                case (let m?, .mysql) where !["fulltext", "spatial", "hash"].contains(m): i.method = nil
                case (let m?, .sqlite) where m != "": i.method = nil
                default: break
                }
                if target == .mysql { i.predicate = nil; i.isConstraint = false }
                return i
            }
            if target != .mysql { table.options = TableOptions() }
            if target == .sqlite { table.comment = nil }
            if target != source { table.triggers = [] }
            if target != .postgresql { table.schema = nil }
            table.foreignKeys = table.foreignKeys.map { fk in
                var fk = fk
                if target != .postgresql { fk.referencedSchema = nil; fk.deferrable = false; fk.initiallyDeferred = false }
                if target == .mysql && fk.onDelete == nil { fk.onDelete = "RESTRICT" }
                if target == .mysql && fk.onUpdate == nil { fk.onUpdate = "RESTRICT" }
                if target != .mysql && fk.onDelete == "RESTRICT" { fk.onDelete = nil }
                if target != .mysql && fk.onUpdate == "RESTRICT" { fk.onUpdate = nil }
                return fk
            }
            out.tables.append(table)
        }
        if target != .mysql { out.tables = uniqueIndexNames(out.tables) }
        out.views = schema.views
        // Stored routines are MySQL SQL: they stay on MySQL.
        out.routines = target == .mysql ? schema.routines : []
        if target == .postgresql {
            out.enums += schema.enums.filter { e in !out.enums.contains { $0.qualifiedName == e.qualifiedName } }
            out.sequences = schema.sequences
            out.namespaces = schema.namespaces
        }
        return out
    }

    /// MySQL names an index within its table; SQLite and PostgreSQL within the schema, tables
    /// included. An index whose name is taken already (Workbench gives `fk_site_id` to each table with
    /// that column) becomes `table_name`, so the model can be created at all.
    static func uniqueIndexNames(_ tables: [Table]) -> [Table] {
        var used = Set(tables.map { "\($0.schema ?? "")\u{0}\($0.name.lowercased())" })
        return tables.map { t in
            var t = t
            for i in t.indexes.indices {
                guard let name = t.indexes[i].name else { continue }
                let key = { (n: String) in "\(t.schema ?? "")\u{0}\(n.lowercased())" }
                var candidate = name
                var n = 1
                while used.contains(key(candidate)) {
                    candidate = n == 1 ? "\(t.name)_\(name)" : "\(t.name)_\(name)_\(n)"
                    n += 1
                }
                used.insert(key(candidate))
                t.indexes[i].name = candidate
            }
            return t
        }
    }

    /// A column type on `target`; an extra CHECK (SQLite enums) or enum type (PostgreSQL) when needed.
    static func mapType(_ t: ColumnType, column: String, table: String, from source: Engine, to target: Engine) -> (ColumnType, Check?, EnumType?) {
        let name = t.name.lowercased()
        if let values = t.values {
            switch target {
            case .sqlite:
                let list = values.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
                return (ColumnType("text"), Check(expression: "\"\(column)\" IN (\(list))"), nil)
            case .postgresql:
                if name == "set" { return (ColumnType("text"), nil, nil) }
                let e = EnumType(name: "\(table)_\(column)", values: values)
                return (ColumnType(e.name), nil, e)
            case .mysql: return (t, nil, nil)
            }
        }
        switch target {
        case .sqlite:
            if ["tinyint", "smallint", "mediumint", "int", "integer", "bigint", "serial", "bigserial", "smallserial", "int2", "int4", "int8", "boolean", "bool", "bit", "year"].contains(name) { return (ColumnType("integer"), nil, nil) }
            if ["float", "double", "double precision", "real", "float4", "float8"].contains(name) { return (ColumnType("real"), nil, nil) }
            if ["decimal", "numeric"].contains(name) { return (ColumnType("numeric", length: t.length, scale: t.scale), nil, nil) }
            if name.contains("char") && t.length != nil { return (ColumnType("varchar", length: t.length), nil, nil) }
            if name.contains("blob") || name == "bytea" || name.contains("binary") { return (ColumnType("blob"), nil, nil) }
            if name.hasPrefix("timestamp") || name == "datetime" { return (ColumnType("datetime"), nil, nil) }
            if name == "date" || name == "time" { return (ColumnType(name), nil, nil) }
            return (ColumnType("text"), nil, nil)
        case .postgresql:
            switch name {
            case "tinyint": return (t.length == 1 && source == .mysql ? ColumnType("smallint") : ColumnType("smallint"), nil, nil)
            case "smallint", "int2": return (ColumnType(t.unsigned ? "integer" : "smallint"), nil, nil)
            case "mediumint", "int", "integer", "int4": return (ColumnType(t.unsigned ? "bigint" : "integer"), nil, nil)
            case "bigint", "int8": return (t.unsigned ? ColumnType("numeric", length: 20, scale: 0) : ColumnType("bigint"), nil, nil)
            case "float", "real", "float4": return (ColumnType("real"), nil, nil)
            case "double", "double precision", "float8": return (ColumnType("double precision"), nil, nil)
            case "decimal", "numeric": return (ColumnType("numeric", length: t.length, scale: t.scale), nil, nil)
            case "varchar", "character varying": return (ColumnType("character varying", length: t.length), nil, nil)
            case "char", "character": return (ColumnType("character", length: t.length ?? 1), nil, nil)
            case "tinytext", "text", "mediumtext", "longtext", "clob": return (ColumnType("text"), nil, nil)
            case "tinyblob", "blob", "mediumblob", "longblob", "binary", "varbinary": return (ColumnType("bytea"), nil, nil)
            case "datetime", "timestamp": return (ColumnType("timestamp without time zone", length: t.length), nil, nil)
            case "json": return (ColumnType("jsonb"), nil, nil)
            case "bool", "boolean": return (ColumnType("boolean"), nil, nil)
            default: return (source == .sqlite && name.isEmpty ? ColumnType("text") : t, nil, nil)
            }
        case .mysql:
            switch name {
            case "integer", "int4", "serial": return (ColumnType("int"), nil, nil)
            case "smallint", "int2", "smallserial": return (ColumnType("smallint"), nil, nil)
            case "bigint", "int8", "bigserial": return (ColumnType("bigint"), nil, nil)
            case "boolean", "bool": return (ColumnType("tinyint", length: 1), nil, nil)
            case "real", "float4": return (ColumnType("float"), nil, nil)
            case "double precision", "float8": return (ColumnType("double"), nil, nil)
            case "numeric": return (ColumnType("decimal", length: t.length ?? 10, scale: t.scale ?? 0), nil, nil)
            case "character varying": return (ColumnType("varchar", length: t.length ?? 255), nil, nil)
            case "character": return (ColumnType("char", length: t.length ?? 1), nil, nil)
            case "bytea": return (ColumnType("longblob"), nil, nil)
            case "jsonb": return (ColumnType("longtext"), nil, nil)
            case "uuid": return (ColumnType("char", length: 36), nil, nil)
            case "timestamp without time zone", "timestamp with time zone": return (ColumnType("datetime", length: t.length), nil, nil)
            case "time without time zone", "time with time zone": return (ColumnType("time", length: t.length), nil, nil)
            case "": return (ColumnType("text"), nil, nil)
            default:
                if name.hasSuffix("[]") { return (ColumnType("longtext"), nil, nil) }
                if name == "varchar" && t.length == nil { return (ColumnType("text"), nil, nil) }
                return (t, nil, nil)
            }
        }
    }

    /// A default without engine-specific casts and functions.
    static func mapDefault(_ d: String, type: ColumnType, to target: Engine) -> String {
        var v = d
        // 'x'::character varying -> 'x'
        if let r = v.range(of: "::", options: .backwards), v.hasPrefix("'") || v.first?.isNumber == true || v.hasPrefix("(") {
            v = String(v[..<r.lowerBound])
        }
        if v.hasPrefix("("), v.hasSuffix(")"), Double(v.dropFirst().dropLast()) != nil { v = String(v.dropFirst().dropLast()) }
        let lower = v.lowercased()
        if ["now()", "current_timestamp()", "current_timestamp", "localtimestamp"].contains(lower) { return "CURRENT_TIMESTAMP" }
        if target != .postgresql {
            if lower == "true" { return "1" }
            if lower == "false" { return "0" }
        } else if type.name == "boolean" {
            if v == "1" || v == "'1'" { return "true" }
            if v == "0" || v == "'0'" { return "false" }
        }
        return v
    }
}
