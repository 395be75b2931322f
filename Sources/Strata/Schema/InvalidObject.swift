/// An object of a desired schema that the database would refuse to create: a key on a TEXT column
/// without a prefix length, a foreign key joining different types, a view the engine cannot parse.
/// `autogenerate` and `diff` list every one before anything is written; `--skip-invalid` leaves
/// exactly these objects out (`Schema.removing`) and writes each as a comment in the revision.
public struct InvalidObject: Sendable, Equatable, CustomStringConvertible {
    /// Which object: a whole table, view or routine, or one part of a table.
    public enum Kind: String, Sendable, Equatable {
        case table, column, index, foreignKey = "foreign key", view, routine
    }

    /// What kind of object.
    public var kind: Kind
    /// The table (or view or routine) the object is or belongs to.
    public var owner: QualifiedName
    /// The part's name for a column, index or foreign key; nil for a whole table, view or routine.
    public var part: String?
    /// What the database says (or will say), one line.
    public var reason: String
    /// The schema to name in `place` when the owner is unqualified (a Workbench model's schema).
    public var schemaLabel: String?

    /// An object of `kind` in `owner` (and `part` of it) refused for `reason`.
    public init(_ kind: Kind, owner: QualifiedName, part: String? = nil, reason: String, schemaLabel: String? = nil) {
        self.kind = kind
        self.owner = owner
        self.part = part
        self.reason = reason
        self.schemaLabel = schemaLabel
    }

    /// `schema.table[.part]`, the place the object is in.
    public var place: String {
        let owner = self.owner.schema == nil && schemaLabel != nil ? QualifiedName(schema: schemaLabel, self.owner.name) : self.owner
        return owner.description + (part.map { ".\($0)" } ?? "")
    }

    /// `schema.table.part: kind: reason`.
    public var description: String { "\(place): \(kind.rawValue): \(reason)" }
}

extension Schema {
    /// The schema without `objects`. A column left out takes the keys and indexes built on it along;
    /// a table left out takes the foreign keys that point at it.
    public func removing(_ objects: [InvalidObject]) -> Schema {
        var s = self
        for o in objects {
            switch o.kind {
            case .view: s.views.removeAll { $0.qualifiedName == o.owner }
            case .routine: s.routines.removeAll { $0.name == o.owner.name }
            case .table:
                s.tables.removeAll { $0.qualifiedName == o.owner }
                for i in s.tables.indices {
                    let schema = s.tables[i].schema
                    s.tables[i].foreignKeys.removeAll { fk in fk.referencedTable == o.owner.name && (fk.referencedSchema ?? schema) == o.owner.schema }
                }
            case .column, .index, .foreignKey:
                guard let t = s.tables.firstIndex(where: { $0.qualifiedName == o.owner }), let part = o.part else { continue }
                if o.kind == .foreignKey { s.tables[t].foreignKeys.removeAll { ($0.name ?? $0.columns.joined(separator: ",")) == part } }
                if o.kind == .index {
                    if part == "PRIMARY" { s.tables[t].primaryKey = nil }
                    s.tables[t].indexes.removeAll { ($0.name ?? "") == part }
                }
                if o.kind == .column {
                    s.tables[t].columns.removeAll { $0.name == part }
                    s.tables[t].indexes.removeAll { $0.columns.contains { $0.column == part } }
                    s.tables[t].foreignKeys.removeAll { $0.columns.contains(part) }
                    if s.tables[t].primaryKey?.columns.contains(part) == true { s.tables[t].primaryKey = nil }
                }
            }
        }
        return s
    }
}
