/// What every engine's materialisation shares (docs/type-mapping.md). Each engine's dialect maps a
/// schema from another engine onto its own (``Dialect/materialise(_:)``): types to the nearest it
/// has; what it cannot express dropped (MySQL charsets and storage engines on PostgreSQL and
/// SQLite, index prefix lengths, ON UPDATE) or expressed another way (an ENUM column becomes a
/// PostgreSQL enum type or a CHECK on SQLite). Expressions in defaults lose engine-specific casts;
/// CHECK, view and generated-column expressions are kept as written, so keep them portable.
public enum TypeMapping {
    /// `schema` mapped onto `target` by a dialect: each table through `table` (with the schema being
    /// built, for the types a table brings, such as PostgreSQL enums), then the whole through
    /// `finish` (with the source schema). Triggers are dropped (their SQL is the source engine's);
    /// views are kept as written. A schema of `target`, or of no engine, comes back as it is.
    package static func materialise(_ schema: Schema, on target: Engine, table: (inout Table, inout Schema) -> Void,
                                   finish: (inout Schema, Schema) -> Void = { _, _ in }) -> Schema {
        guard let source = schema.engine, source != target else { return schema }
        var out = Schema(engine: target)
        for var t in schema.tables {
            t.triggers = []
            table(&t, &out)
            out.tables.append(t)
        }
        out.views = schema.views
        finish(&out, schema)
        return out
    }

    /// Indexes named within the schema, tables included (SQLite, PostgreSQL), where the source
    /// names them within their table (MySQL): an index whose name is taken already (Workbench gives
    /// `fk_site_id` to each table with that column) becomes `table_name`, so the model can be created at all.
    package static func uniqueIndexNames(_ tables: [Table]) -> [Table] {
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

    /// A default without engine-specific casts (`'x'::character varying` -> `'x'`, `(0)` -> `0`) and
    /// with the current time spelled `CURRENT_TIMESTAMP`. Booleans are each engine's to spell.
    package static func portableDefault(_ d: String) -> String {
        var v = d
        if let r = v.range(of: "::", options: .backwards), v.hasPrefix("'") || v.first?.isNumber == true || v.hasPrefix("(") {
            v = String(v[..<r.lowerBound])
        }
        if v.hasPrefix("("), v.hasSuffix(")"), Double(v.dropFirst().dropLast()) != nil { v = String(v.dropFirst().dropLast()) }
        if ["now()", "current_timestamp()", "current_timestamp", "localtimestamp"].contains(v.lowercased()) { return "CURRENT_TIMESTAMP" }
        return v
    }

    /// A portable default on an engine without a boolean type: `true` -> `1`, `false` -> `0`.
    package static func integerBooleanDefault(_ d: String) -> String {
        let v = portableDefault(d)
        switch v.lowercased() {
        case "true": return "1"
        case "false": return "0"
        default: return v
        }
    }
}

extension ForeignKey {
    /// The key on an engine whose keys name no other schema and are not deferrable (SQLite, MySQL).
    package var withoutSchemaOrDeferral: ForeignKey {
        var fk = self
        fk.referencedSchema = nil
        fk.deferrable = false
        fk.initiallyDeferred = false
        return fk
    }

    /// The key on an engine where RESTRICT is what no action means here (SQLite, PostgreSQL): left unsaid.
    package var restrictLeftUnsaid: ForeignKey {
        var fk = self
        if fk.onDelete == .restrict { fk.onDelete = nil }
        if fk.onUpdate == .restrict { fk.onUpdate = nil }
        return fk
    }
}
