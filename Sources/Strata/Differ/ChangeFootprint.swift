/// An object of the schema by kind and name, as changes make, remove and need it. Names are
/// compared without their schema and case: two objects of one kind and name in two schemas
/// only order their changes more strictly than needed.
public struct SchemaObject: Hashable, Sendable, CustomStringConvertible {
    /// What kind of object it is.
    public enum Kind: String, Sendable {
        /// A schema (PostgreSQL's namespaces).
        case namespace
        /// A table or a view (they share one set of names).
        case relation
        /// A type (an enum).
        case type
        /// A sequence.
        case sequence
        /// A function or a procedure.
        case routine
        /// A foreign key, named `table/key`.
        case foreignKey = "foreign key"
    }

    /// Its kind.
    public var kind: Kind
    /// Its name, lowercased, without a schema.
    public var name: String

    /// The object of `kind` named `name`.
    public init(_ kind: Kind, _ name: String) {
        self.kind = kind
        self.name = name.lowercased()
    }

    /// `kind name`.
    public var description: String { "\(kind.rawValue) \(name)" }

    static func relation(_ n: QualifiedName) -> SchemaObject { SchemaObject(.relation, n.name) }
    static func foreignKey(_ table: QualifiedName, _ fk: ForeignKey) -> SchemaObject { SchemaObject(.foreignKey, "\(table.name)/\(fk.name ?? fk.sortKey)") }
}

/// What one change does to the objects of the schema: the objects it makes and removes, and
/// those it needs while it runs, as the schema is (they must not be removed before it) or as it
/// will be (they must be made before it). ``ChangeOrder`` orders changes by it.
public struct ChangeFootprint: Sendable, Equatable {
    /// Objects that exist after the change and not before.
    public var creates: [SchemaObject] = []
    /// Objects that exist before the change and not after.
    public var removes: [SchemaObject] = []
    /// Objects of the schema as it is that the change needs (a view being dropped needs its tables).
    public var needsExisting: [SchemaObject] = []
    /// Objects of the schema as it will be that the change needs (a new view needs its tables).
    public var needsDesired: [SchemaObject] = []
    /// SQL whose words may name more objects needed as the schema is.
    public var existingText: [String] = []
    /// SQL whose words may name more objects needed as the schema will be (bodies, defaults, checks, triggers).
    public var desiredText: [String] = []
}

extension Change {
    /// What the change makes, removes and needs (see ``ChangeFootprint``).
    public var footprint: ChangeFootprint {
        var f = ChangeFootprint()
        switch self {
        case .createNamespace(let n): f.creates = [SchemaObject(.namespace, n)]
        case .dropNamespace(let n): f.removes = [SchemaObject(.namespace, n)]
        case .createEnum(let e):
            f.creates = [SchemaObject(.type, e.name)]
            f.needsDesired = Self.namespace(e.schema)
        case .dropEnum(let e):
            f.removes = [SchemaObject(.type, e.name)]
            f.needsExisting = Self.namespace(e.schema)
        case .addEnumValues(_, let e), .recreateEnum(_, let e): f.needsExisting = [SchemaObject(.type, e.name)]
        case .createSequence(let s):
            f.creates = [SchemaObject(.sequence, s.name)]
            f.needsDesired = Self.namespace(s.schema)
        case .dropSequence(let s):
            f.removes = [SchemaObject(.sequence, s.name)]
            f.needsExisting = Self.namespace(s.schema)
        case .alterSequence(_, let s): f.needsExisting = [SchemaObject(.sequence, s.name)]
        case .createTable(let t):
            f.creates = [.relation(t.qualifiedName)]
            f.needsDesired = Self.namespace(t.schema) + Self.needs(of: t)
            f.desiredText = Self.text(of: t)
        case .dropTable(let t):
            f.removes = [.relation(t.qualifiedName)]
            f.needsExisting = Self.namespace(t.schema) + Self.needs(of: t)
        case .renameTable(let from, let to):
            f.removes = [.relation(from)]
            f.creates = [.relation(to)]
            f.needsExisting = Self.namespace(from.schema)
            f.needsDesired = Self.namespace(to.schema)
        case .alterTable(let d):
            f.needsExisting = Self.columnTypes(of: d.from)
            f.needsDesired = [.relation(d.to.qualifiedName)] + Self.needs(of: d.to)
            f.desiredText = Self.text(of: d.to)
        case .addForeignKey(let t, let fk):
            f.creates = [.foreignKey(t, fk)]
            f.needsDesired = [.relation(t), .relation(fk.referenced)]
        case .dropForeignKey(let t, let fk):
            f.removes = [.foreignKey(t, fk)]
            f.needsExisting = [.relation(t), .relation(fk.referenced)]
        case .createView(let v):
            f.creates = [.relation(v.qualifiedName)]
            f.needsDesired = Self.namespace(v.schema)
            f.desiredText = [v.definition]
        case .dropView(let v):
            f.removes = [.relation(v.qualifiedName)]
            f.needsExisting = Self.namespace(v.schema)
            f.existingText = [v.definition]
        case .createRoutine(let r):
            f.creates = [SchemaObject(.routine, r.name)]
            f.desiredText = [r.sql]
        case .dropRoutine(let r): f.removes = [SchemaObject(.routine, r.name)]
        }
        return f
    }

    static func namespace(_ schema: String?) -> [SchemaObject] { schema.map { [SchemaObject(.namespace, $0)] } ?? [] }

    /// A table needs the types of its columns and the tables its foreign keys reference.
    static func needs(of t: Table) -> [SchemaObject] {
        columnTypes(of: t) + t.foreignKeys.filter { $0.referenced != t.qualifiedName }.map { .relation($0.referenced) }
    }

    /// The column types by their bare name: an enum's columns name it (PostgreSQL), possibly with its schema.
    static func columnTypes(of t: Table) -> [SchemaObject] {
        t.columns.map { c in
            let bare = c.type.name.split(separator: ".").last.map(String.init) ?? c.type.name
            return SchemaObject(.type, bare.trimmingCharacters(in: ["\"", "`"]))
        }
    }

    /// The SQL a table carries: defaults, generated columns, checks and triggers.
    static func text(of t: Table) -> [String] {
        t.columns.compactMap(\.defaultValue) + t.columns.compactMap(\.generated?.expression) + t.checks.map(\.expression) + t.triggers.map(\.sql)
    }
}
