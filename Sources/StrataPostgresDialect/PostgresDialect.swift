import Strata

/// SQL for PostgreSQL: transactional DDL, `ALTER COLUMN ... TYPE ... USING` for conversions,
/// enum values added with `ALTER TYPE ... ADD VALUE` (and the rebuild a removal needs),
/// identity and serial columns, sequences, schemas, comments.
public struct PostgresDialect: Dialect {
    /// The engine this dialect writes for.
    public var engine: Engine { .postgresql }
    /// The dialect (it has no state).
    public init() {}

    /// The statements for `changes`, in order.
    public func statements(for changes: [Change], current: Schema, desired: Schema) throws -> [String] {
        var out: [String] = []
        for change in changes {
            switch change {
            case .createNamespace(let n): out.append("CREATE SCHEMA \(quote(n))")
            case .dropNamespace(let n): out.append("DROP SCHEMA \(quote(n))")
            case .createEnum(let e): out.append("CREATE TYPE \(quote(e.qualifiedName)) AS ENUM (\(literals(e.values)))")
            case .dropEnum(let e): out.append("DROP TYPE \(quote(e.qualifiedName))")
            case .addEnumValues(let from, let to):
                var known = from.values
                for (i, v) in to.values.enumerated() where !known.contains(v) {
                    let next = to.values[(i + 1)...].first { known.contains($0) }
                    out.append("ALTER TYPE \(quote(to.qualifiedName)) ADD VALUE \(literal(v))" + (next.map { " BEFORE \(literal($0))" } ?? ""))
                    known.append(v)
                }
            case .recreateEnum(let from, let to):
                out += recreateEnum(from, to, current: current)
            case .createSequence(let s): out.append(createSequence(s))
            case .dropSequence(let s): out.append("DROP SEQUENCE \(quote(s.qualifiedName))")
            case .alterSequence(_, let s):
                out.append("ALTER SEQUENCE \(quote(s.qualifiedName)) INCREMENT BY \(s.increment) START WITH \(s.start) "
                           + (s.minValue.map { "MINVALUE \($0)" } ?? "NO MINVALUE") + " " + (s.maxValue.map { "MAXVALUE \($0)" } ?? "NO MAXVALUE")
                           + (s.cycle ? " CYCLE" : " NO CYCLE"))
            case .createTable(let t): out += createTable(t)
            case .dropTable(let t): out.append("DROP TABLE \(quote(t.qualifiedName))")
            case .renameTable(let from, let to):
                out.append("ALTER TABLE \(quote(from)) RENAME TO \(quote(to.name))")
                if from.schema != to.schema { out.append("ALTER TABLE \(quote(QualifiedName(schema: from.schema, to.name))) SET SCHEMA \(quote(to.schema ?? "public"))") }
                // A primary key with the default name follows the table's name.
                if let t = current.table(from), let pk = t.primaryKey, pk.name == nil {
                    out.append("ALTER TABLE \(quote(to)) RENAME CONSTRAINT \(quote(from.name + "_pkey")) TO \(quote(to.name + "_pkey"))")
                }
            case .alterTable(let d): out += alter(d)
            case .addForeignKey(let t, let fk):
                out.append("ALTER TABLE \(quote(t)) ADD " + (fk.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + foreignKeyClause(fk))
            case .dropForeignKey(let t, let fk):
                guard let name = fk.name else { continue }
                out.append("ALTER TABLE \(quote(t)) DROP CONSTRAINT \(quote(name))")
            case .createView(let v): out.append("CREATE VIEW \(quote(v.qualifiedName)) AS \(v.definition)")
            case .dropView(let v): out.append("DROP VIEW \(quote(v.qualifiedName))")
            case .createRoutine(let r), .dropRoutine(let r):
                throw StrataError.unsupported("MySQL \(r.kind) \(r.name) (its SQL is MySQL's)", engine)
            }
        }
        return out
    }

    func literal(_ s: String) -> String { SQLQuoting.literal(s, lexicon) }
    func literals(_ values: [String]) -> String { values.map(literal).joined(separator: ", ") }

    // MARK: types and columns

    /// The type as PostgreSQL spells it: `timestamp(6) without time zone`, `character varying(50)`.
    func typeName(_ t: ColumnType) -> String {
        var args = ""
        if let l = t.length { args = t.scale.map { "(\(l),\($0))" } ?? "(\(l))" }
        let name = t.name
        if let r = name.range(of: " with") {
            return name[..<r.lowerBound] + args + name[r.lowerBound...]
        }
        if name.hasSuffix("[]") { return String(name.dropLast(2)) + args + "[]" }
        return name + args
    }

    func columnDefinition(_ c: Column) -> String {
        var type = typeName(c.type)
        if c.autoIncrement {
            type = c.type.name == "bigint" ? "bigserial" : c.type.name == "smallint" ? "smallserial" : "serial"
        }
        var s = "\(quote(c.name)) \(type)"
        if let coll = c.collation { s += " COLLATE \(quote(coll))" }
        if let g = c.generated { s += " GENERATED ALWAYS AS (\(g.expression)) STORED" }
        if let i = c.identity { s += " GENERATED \(i == .always ? "ALWAYS" : "BY DEFAULT") AS IDENTITY" }
        if !c.nullable { s += " NOT NULL" }
        if let d = c.defaultValue { s += " DEFAULT \(d)" }
        return s
    }

    func createTable(_ t: Table) -> [String] {
        var items = t.columns.map(columnDefinition)
        if let pk = t.primaryKey { items.append((pk.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "PRIMARY KEY (\(quoteList(pk.columns)))") }
        for u in t.indexes where u.isConstraint {
            items.append((u.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "UNIQUE (\(indexParts(u.columns)))")
        }
        items += t.checks.map(checkClause)
        var out = ["CREATE TABLE \(quote(t.qualifiedName)) (\n    " + items.joined(separator: ",\n    ") + "\n)"]
        out += t.indexes.filter { !$0.isConstraint }.map { createIndex($0, on: t) }
        if let c = t.comment { out.append("COMMENT ON TABLE \(quote(t.qualifiedName)) IS \(literal(c))") }
        for c in t.columns where c.comment != nil {
            out.append("COMMENT ON COLUMN \(quote(t.qualifiedName)).\(quote(c.name)) IS \(literal(c.comment!))")
        }
        return out
    }

    func createIndex(_ i: Index, on t: Table) -> String {
        "CREATE \(i.unique ? "UNIQUE " : "")INDEX \(quote(i.name ?? "\(t.name)_idx")) ON \(quote(t.qualifiedName))"
            + (i.method.map { " USING \($0)" } ?? "") + " (\(indexParts(i.columns)))" + (i.predicate.map { " WHERE \($0)" } ?? "")
    }

    func createSequence(_ s: SequenceDefinition) -> String {
        "CREATE SEQUENCE \(quote(s.qualifiedName)) INCREMENT BY \(s.increment)" + (s.minValue.map { " MINVALUE \($0)" } ?? "")
            + (s.maxValue.map { " MAXVALUE \($0)" } ?? "") + " START WITH \(s.start)" + (s.cycle ? " CYCLE" : "")
    }

    // MARK: alter table

    func alter(_ d: TableDiff) -> [String] {
        let t = quote(d.to.qualifiedName)
        let schemaPrefix = d.to.schema.map { quote($0) + "." } ?? ""
        var out: [String] = []
        for c in d.droppedChecks { if let n = c.name { out.append("ALTER TABLE \(t) DROP CONSTRAINT \(quote(n))") } }
        for i in d.droppedIndexes {
            if i.isConstraint, let n = i.name { out.append("ALTER TABLE \(t) DROP CONSTRAINT \(quote(n))") }
            else if let n = i.name { out.append("DROP INDEX \(schemaPrefix)\(quote(n))") }
        }
        if d.primaryKeyChanged, let pk = d.from.primaryKey {
            out.append("ALTER TABLE \(t) DROP CONSTRAINT \(quote(pk.name ?? "\(d.from.name)_pkey"))")
        }
        for r in d.renamedColumns { out.append("ALTER TABLE \(t) RENAME COLUMN \(quote(r.from)) TO \(quote(r.to))") }
        for c in d.droppedColumns { out.append("ALTER TABLE \(t) DROP COLUMN \(quote(c.name))") }
        for change in d.alteredColumns { out += alterColumn(change.from, change.to, table: t, tableName: d.to.name) }
        for c in d.addedColumns {
            out.append("ALTER TABLE \(t) ADD COLUMN \(columnDefinition(c))")
            if let comment = c.comment { out.append("COMMENT ON COLUMN \(t).\(quote(c.name)) IS \(literal(comment))") }
        }
        if d.primaryKeyChanged, let pk = d.to.primaryKey {
            out.append("ALTER TABLE \(t) ADD " + (pk.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "PRIMARY KEY (\(quoteList(pk.columns)))")
        }
        for r in d.renamedIndexes {
            if d.to.indexes.first(where: { $0.name == r.to })?.isConstraint == true {
                out.append("ALTER TABLE \(t) RENAME CONSTRAINT \(quote(r.from)) TO \(quote(r.to))")
            } else {
                out.append("ALTER INDEX \(schemaPrefix)\(quote(r.from)) RENAME TO \(quote(r.to))")
            }
        }
        for i in d.addedIndexes {
            if i.isConstraint { out.append("ALTER TABLE \(t) ADD " + (i.name.map { "CONSTRAINT \(quote($0)) " } ?? "") + "UNIQUE (\(indexParts(i.columns)))") }
            else { out.append(createIndex(i, on: d.to)) }
        }
        for c in d.addedChecks { out.append("ALTER TABLE \(t) ADD \(checkClause(c))") }
        if d.commentChanged { out.append("COMMENT ON TABLE \(t) IS \(d.to.comment.map(literal) ?? "NULL")") }
        return out
    }

    func alterColumn(_ a: Column, _ b: Column, table t: String, tableName: String) -> [String] {
        let col = "ALTER TABLE \(t) ALTER COLUMN \(quote(b.name))"
        // A generated column that becomes a plain one keeps its values with DROP EXPRESSION.
        if a.generated != nil && b.generated == nil {
            var plain = a
            plain.generated = nil
            return ["\(col) DROP EXPRESSION"] + alterColumn(plain, b, table: t, tableName: tableName)
        }
        // Otherwise a change of generation cannot be altered: the column is computed, so re-adding it loses nothing.
        if a.generated != b.generated {
            return ["ALTER TABLE \(t) DROP COLUMN \(quote(b.name))", "ALTER TABLE \(t) ADD COLUMN \(columnDefinition(b))"]
        }
        var out: [String] = []
        let typeChanges = a.type != b.type || a.collation != b.collation
        if a.identity != nil && (b.identity == nil || typeChanges) { out.append("\(col) DROP IDENTITY") }
        if a.autoIncrement && !b.autoIncrement {
            out.append("\(col) DROP DEFAULT")
            out.append("DROP SEQUENCE IF EXISTS \(quote(tableName + "_" + b.name + "_seq"))")
        }
        if a.defaultValue != nil && (a.defaultValue != b.defaultValue || typeChanges) { out.append("\(col) DROP DEFAULT") }
        if typeChanges {
            let target = typeName(b.type) + (b.collation.map { " COLLATE \(quote($0))" } ?? "")
            out.append("\(col) TYPE \(target) USING \(quote(b.name))::\(typeName(b.type))")
        }
        if a.nullable != b.nullable { out.append("\(col) \(b.nullable ? "DROP" : "SET") NOT NULL") }
        if let d = b.defaultValue, a.defaultValue != b.defaultValue || typeChanges { out.append("\(col) SET DEFAULT \(d)") }
        if let i = b.identity {
            if a.identity == nil || typeChanges { out.append("\(col) ADD GENERATED \(i == .always ? "ALWAYS" : "BY DEFAULT") AS IDENTITY") }
            else if a.identity != i { out.append("\(col) SET GENERATED \(i == .always ? "ALWAYS" : "BY DEFAULT")") }
        }
        if b.autoIncrement && !a.autoIncrement {
            let seq = quote(tableName + "_" + b.name + "_seq")
            out.append("CREATE SEQUENCE \(seq) OWNED BY \(t).\(quote(b.name))")
            out.append("\(col) SET DEFAULT nextval('\(tableName)_\(b.name)_seq'::regclass)")
            out.append("SELECT setval('\(tableName)_\(b.name)_seq', COALESCE((SELECT MAX(\(quote(b.name))) FROM \(t)), 0) + 1, false)")
        }
        if a.comment != b.comment { out.append("COMMENT ON COLUMN \(t).\(quote(b.name)) IS \(b.comment.map(literal) ?? "NULL")") }
        return out
    }

    /// Rebuilds an enum whose values were removed or reordered, converting the columns that use it.
    func recreateEnum(_ from: EnumType, _ to: EnumType, current: Schema) -> [String] {
        let old = QualifiedName(schema: to.schema, to.name + "__strata_old")
        var out = ["ALTER TYPE \(quote(from.qualifiedName)) RENAME TO \(quote(old.name))",
                   "CREATE TYPE \(quote(to.qualifiedName)) AS ENUM (\(literals(to.values)))"]
        for t in current.tables {
            for c in t.columns where c.type.name == to.name || c.type.name == to.qualifiedName.description {
                let col = "ALTER TABLE \(quote(t.qualifiedName)) ALTER COLUMN \(quote(c.name))"
                if c.defaultValue != nil { out.append("\(col) DROP DEFAULT") }
                out.append("\(col) TYPE \(quote(to.qualifiedName)) USING \(quote(c.name))::text::\(quote(to.qualifiedName))")
                if let d = c.defaultValue {
                    out.append("\(col) SET DEFAULT \(d.replacingOccurrences(of: "::\(to.name)", with: "::\(quote(to.name))"))")
                }
            }
        }
        out.append("DROP TYPE \(quote(old))")
        return out
    }
}
