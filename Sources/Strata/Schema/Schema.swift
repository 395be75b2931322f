/// A database schema, engine-neutral: what every source produces and the differ consumes.
///
/// It is `Codable` (a JSON snapshot is a valid source) and `Equatable` after `normalized()`,
/// so "no drift" means `a.normalized() == b.normalized()`.
public struct Schema: Codable, Equatable, Sendable {
    /// The engine the schema was read from, when known.
    public var engine: Engine?
    /// The tables, in the order the source gives them.
    public var tables: [Table]
    /// Views, kept as their `SELECT` text.
    public var views: [View]
    /// PostgreSQL enum types.
    public var enums: [EnumType]
    /// PostgreSQL sequences not owned by a column (serial/identity sequences are part of their column).
    public var sequences: [SequenceDefinition]
    /// Non-default PostgreSQL schemas (namespaces) that exist, even when empty.
    public var namespaces: [String]
    /// MySQL stored functions and procedures, kept as their SQL.
    public var routines: [Routine]

    /// A schema of `engine` (nil when the source does not say, as a JSON snapshot may not).
    public init(engine: Engine? = nil, tables: [Table] = [], views: [View] = [], enums: [EnumType] = [],
                sequences: [SequenceDefinition] = [], namespaces: [String] = [], routines: [Routine] = []) {
        self.engine = engine
        self.tables = tables
        self.views = views
        self.enums = enums
        self.sequences = sequences
        self.namespaces = namespaces
        self.routines = routines
    }

    enum CodingKeys: String, CodingKey { case engine, tables, views, enums, sequences, namespaces, routines }

    /// Snapshots written before routines existed still read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        engine = try c.decodeIfPresent(Engine.self, forKey: .engine)
        tables = try c.decode([Table].self, forKey: .tables)
        views = try c.decode([View].self, forKey: .views)
        enums = try c.decode([EnumType].self, forKey: .enums)
        sequences = try c.decode([SequenceDefinition].self, forKey: .sequences)
        namespaces = try c.decode([String].self, forKey: .namespaces)
        routines = try c.decodeIfPresent([Routine].self, forKey: .routines) ?? []
    }

    /// The table named `name` (qualified `schema.table` when not in the default schema).
    public func table(_ name: QualifiedName) -> Table? { tables.first { $0.qualifiedName == name } }

    /// Rename hints from stable object ids: what `previous` calls one name and `self` another.
    public func renames(since previous: Schema) -> [String] {
        var hints: [String] = []
        var oldTables: [String: Table] = [:]
        for t in previous.tables { if let id = t.objectID { oldTables[id] = t } }
        for t in tables {
            guard let id = t.objectID, let old = oldTables[id] else { continue }
            if old.name != t.name { hints.append("\(old.name)=\(t.name)") }
            var oldColumns: [String: String] = [:]
            for c in old.columns { if let cid = c.objectID { oldColumns[cid] = c.name } }
            for c in t.columns {
                if let cid = c.objectID, let oldName = oldColumns[cid], oldName != c.name { hints.append("\(t.name).\(oldName)=\(c.name)") }
            }
        }
        return hints
    }

    /// The same schema in a canonical order, keeping what makes it a stand-in for its source: the
    /// engine it was read from (a model's MySQL types are mapped to another engine as the model would
    /// be) and the object ids (renames). What `inspect --format json` writes.
    public func snapshot() -> Schema {
        var s = normalized()
        s.engine = engine
        let byName = Dictionary(tables.map { ($0.qualifiedName, $0) }, uniquingKeysWith: { a, _ in a })
        for i in s.tables.indices {
            guard let original = byName[s.tables[i].qualifiedName] else { continue }
            s.tables[i].objectID = original.objectID
            for j in s.tables[i].columns.indices { s.tables[i].columns[j].objectID = original.columns[j].objectID }
        }
        return s
    }

    /// The same schema with every list in a canonical order, for comparison.
    public func normalized() -> Schema {
        var s = self
        s.tables = tables.map { $0.normalized() }.sorted { $0.qualifiedName < $1.qualifiedName }
        s.views = views.sorted { $0.qualifiedName < $1.qualifiedName }
        s.enums = enums.sorted { $0.qualifiedName < $1.qualifiedName }
        s.sequences = sequences.sorted { $0.qualifiedName < $1.qualifiedName }
        s.namespaces = namespaces.sorted()
        s.routines = routines.sorted { ($0.name, $0.kind) < ($1.name, $1.kind) }
        s.engine = nil
        return s
    }
}

/// A possibly schema-qualified name; `schema` is nil for the default schema (`public`, the connected MySQL database, `main`).
public struct QualifiedName: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The schema (namespace) the object lives in; nil for the default one.
    public var schema: String?
    /// The object's own name, one identifier whatever it holds (dots included).
    public var name: String

    /// The name `name` in `schema` (nil: the default schema).
    public init(schema: String? = nil, _ name: String) {
        self.schema = schema
        self.name = name
    }

    /// `schema.name`, or `name` in the default schema.
    public var description: String { schema.map { "\($0).\(name)" } ?? name }

    /// Ordered by schema, then name.
    public static func < (a: QualifiedName, b: QualifiedName) -> Bool {
        (a.schema ?? "", a.name) < (b.schema ?? "", b.name)
    }
}

/// A table: its columns in order, its keys, indexes, checks, options and triggers.
public struct Table: Codable, Equatable, Sendable {
    /// The schema it lives in; nil for the default one.
    public var schema: String?
    /// The table's name.
    public var name: String
    /// In table order.
    public var columns: [Column]
    /// The primary key, if any.
    public var primaryKey: PrimaryKey?
    /// Indexes, unique ones and UNIQUE constraints included (`Index.isConstraint` tells them apart).
    public var indexes: [Index]
    /// Foreign keys declared on this table.
    public var foreignKeys: [ForeignKey]
    /// CHECK constraints, named or not.
    public var checks: [Check]
    /// Storage options (MySQL engine, charset, collation, row format).
    public var options: TableOptions
    /// The table comment.
    public var comment: String?
    /// SQLite and MySQL triggers on this table, kept as their SQL.
    public var triggers: [Trigger]
    /// A stable id from the source (MySQL Workbench object ids), used to tell renames from
    /// drop-and-add; databases have none. Not part of comparisons.
    public var objectID: String?

    /// A table with the given parts; everything not given is empty.
    public init(schema: String? = nil, name: String, columns: [Column] = [], primaryKey: PrimaryKey? = nil,
                indexes: [Index] = [], foreignKeys: [ForeignKey] = [], checks: [Check] = [],
                options: TableOptions = TableOptions(), comment: String? = nil, triggers: [Trigger] = []) {
        self.schema = schema
        self.name = name
        self.columns = columns
        self.primaryKey = primaryKey
        self.indexes = indexes
        self.foreignKeys = foreignKeys
        self.checks = checks
        self.options = options
        self.comment = comment
        self.triggers = triggers
    }

    /// `schema.table`, or the table in the default schema.
    public var qualifiedName: QualifiedName { QualifiedName(schema: schema, name) }

    /// The column called `name`, if there is one.
    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

    /// The table in a canonical form for comparison: object ids dropped, indexes, foreign keys, checks and triggers sorted.
    public func normalized() -> Table {
        var t = self
        t.objectID = nil
        t.columns = columns.map { c in
            var c = c
            c.objectID = nil
            // DEFAULT NULL is no default (SQLite reports `NULL`, PostgreSQL `NULL::character varying`).
            if let d = c.defaultValue, Column.isNullDefault(d) { c.defaultValue = nil }
            return c
        }
        t.indexes = indexes.sorted { ($0.name ?? "", $0.columns.map(\.description).joined(separator: ",")) < ($1.name ?? "", $1.columns.map(\.description).joined(separator: ",")) }
        t.foreignKeys = foreignKeys.sorted { $0.sortKey < $1.sortKey }
        t.checks = checks.sorted { ($0.name ?? "", $0.expression) < ($1.name ?? "", $1.expression) }
        t.triggers = triggers.sorted { $0.name < $1.name }
        return t
    }
}

/// A column: name, type, nullability, default and the engine-specific extras.
public struct Column: Codable, Equatable, Sendable {
    /// The column's name.
    public var name: String
    /// The column's type as the engine spells it.
    public var type: ColumnType
    /// Whether NULL is allowed.
    public var nullable: Bool
    /// The default as a SQL expression (`'text'`, `0`, `CURRENT_TIMESTAMP`), normalised by the inspector.
    public var defaultValue: String?
    /// MySQL AUTO_INCREMENT, SQLite AUTOINCREMENT, PostgreSQL serial (a sequence owned by the column).
    public var autoIncrement: Bool
    /// PostgreSQL identity: `always` or `by default`.
    public var identity: Identity?
    /// A generated (computed) column's expression.
    public var generated: Generated?
    /// The character set (MySQL), when not the table's.
    public var charset: String?
    /// The collation, when not the default.
    public var collation: String?
    /// The column comment.
    public var comment: String?
    /// MySQL `ON UPDATE CURRENT_TIMESTAMP`.
    public var onUpdate: String?
    /// A stable id from the source (MySQL Workbench); not part of comparisons.
    public var objectID: String?

    /// Whether a default is SQL NULL, however the engine spells it (`NULL`, `NULL::text`, `(NULL)`).
    public static func isNullDefault(_ d: String) -> Bool {
        var v = d.trimmingCharacters(in: .whitespaces)
        while v.hasPrefix("("), v.hasSuffix(")") { v = String(v.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
        let upper = v.uppercased()
        return upper == "NULL" || upper.hasPrefix("NULL::")
    }

    /// A column with the given parts; everything not given is unset.
    public init(name: String, type: ColumnType, nullable: Bool = true, defaultValue: String? = nil,
                autoIncrement: Bool = false, identity: Identity? = nil, generated: Generated? = nil,
                charset: String? = nil, collation: String? = nil, comment: String? = nil, onUpdate: String? = nil) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.defaultValue = defaultValue
        self.autoIncrement = autoIncrement
        self.identity = identity
        self.generated = generated
        self.charset = charset
        self.collation = collation
        self.comment = comment
        self.onUpdate = onUpdate
    }

    /// How a PostgreSQL identity column gets its values.
    public enum Identity: String, Codable, Sendable { case always, byDefault = "by default" }

    /// A generated column: `GENERATED ALWAYS AS (expression) STORED|VIRTUAL`.
    public struct Generated: Codable, Equatable, Sendable {
        /// The expression, as the engine reports it.
        public var expression: String
        /// Stored (computed on write) rather than virtual (computed on read).
        public var stored: Bool
        /// A generated column of `expression`.
        public init(expression: String, stored: Bool) {
            self.expression = expression
            self.stored = stored
        }
    }
}

/// A column type: a lower-case base name with its arguments, e.g. `varchar(255)`, `numeric(10,2)`,
/// `int unsigned`, `enum('a','b')`, `timestamp(6)`, `integer[]`.
public struct ColumnType: Codable, Equatable, Sendable, CustomStringConvertible {
    /// The type name in lower case (`varchar`, `int`, `timestamp without time zone`).
    public var name: String
    /// Length, precision or fractional-seconds digits.
    public var length: Int?
    /// Digits after the point (`decimal(10,2)`).
    public var scale: Int?
    /// MySQL UNSIGNED.
    public var unsigned: Bool
    /// MySQL ZEROFILL.
    public var zerofill: Bool
    /// ENUM / SET values (MySQL).
    public var values: [String]?

    /// A type `name` with its length, scale, MySQL flags, and ENUM/SET values.
    public init(_ name: String, length: Int? = nil, scale: Int? = nil, unsigned: Bool = false, zerofill: Bool = false, values: [String]? = nil) {
        self.name = name
        self.length = length
        self.scale = scale
        self.unsigned = unsigned
        self.zerofill = zerofill
        self.values = values
    }

    /// The type as SQL, e.g. `numeric(10,2)`, `int unsigned`, `enum('a','b')`.
    public var description: String {
        var s = name
        if let values {
            s += "(" + values.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ",") + ")"
        } else if let length {
            s += scale.map { "(\(length),\($0))" } ?? "(\(length))"
        }
        if unsigned { s += " unsigned" }
        if zerofill { s += " zerofill" }
        return s
    }
}

/// A primary key: its columns in order, and its constraint name where the engine keeps one.
public struct PrimaryKey: Codable, Equatable, Sendable {
    /// The constraint name when it is not the engine's default.
    public var name: String?
    /// The key's columns, in order.
    public var columns: [String]
    /// A primary key on `columns`.
    public init(name: String? = nil, columns: [String]) {
        self.name = name
        self.columns = columns
    }
}

/// An index or a UNIQUE constraint: its key parts, uniqueness, method and predicate.
public struct Index: Codable, Equatable, Sendable {
    /// The index name; nil when the engine names it (SQLite autoindexes).
    public var name: String?
    /// The key parts, in order.
    public var columns: [IndexPart]
    /// Whether the index enforces uniqueness.
    public var unique: Bool
    /// True for a UNIQUE constraint (PostgreSQL distinguishes it from a unique index).
    public var isConstraint: Bool
    /// `btree` is the default and stored as nil; else `gin`, `gist`, `hash`, `fulltext`, `spatial`, ...
    public var method: Method?
    /// Partial index predicate (PostgreSQL, SQLite).
    public var predicate: String?

    /// An index with the given parts.
    public init(name: String?, columns: [IndexPart], unique: Bool = false, isConstraint: Bool = false, method: Method? = nil, predicate: String? = nil) {
        self.name = name
        self.columns = columns
        self.unique = unique
        self.isConstraint = isConstraint
        self.method = method
        self.predicate = predicate
    }
}

extension Index {
    /// An index method other than the default B-tree, by the name the engine gives it in lower case.
    /// Open like the engines' own lists (a PostgreSQL extension adds methods: `bloom`, `ivfflat`);
    /// the ones Strata knows are its static members. In JSON it is its name. It is written into SQL
    /// bare (`USING gin`), so it only ever holds a name: letters, digits and underscores.
    public struct Method: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
        /// The method's name in lower case (`gin`, `fulltext`).
        public let rawValue: String
        /// The method called `rawValue` (lower-cased); nil when it is not a plain name.
        public init?(rawValue: String) {
            let name = rawValue.lowercased()
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else { return nil }
            self.rawValue = name
        }
        /// A method named in code: `"brin"` (a plain name, or this stops).
        public init(stringLiteral value: String) {
            guard let m = Method(rawValue: value) else { preconditionFailure("not an index method name: \(value)") }
            self = m
        }
        /// The name, as SQL writes it after `USING`.
        public var description: String { rawValue }

        /// Hash (PostgreSQL, MySQL's MEMORY and NDB engines).
        public static let hash: Method = "hash"
        /// Generalised inverted index (PostgreSQL).
        public static let gin: Method = "gin"
        /// Generalised search tree (PostgreSQL).
        public static let gist: Method = "gist"
        /// Space-partitioned GiST (PostgreSQL).
        public static let spgist: Method = "spgist"
        /// Block range index (PostgreSQL).
        public static let brin: Method = "brin"
        /// MySQL FULLTEXT.
        public static let fulltext: Method = "fulltext"
        /// MySQL SPATIAL.
        public static let spatial: Method = "spatial"

        /// A MySQL index kind, written before `INDEX` rather than after `USING`.
        public var isMySQLKind: Bool { self == .fulltext || self == .spatial }

        /// Reads the name as a string, as snapshots have always written it; anything but a plain
        /// name is refused (it would be SQL after `USING`).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let m = Method(rawValue: text) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "index method \(UnsafeText.oneLine(text)) is not a name")
            }
            self = m
        }
        /// Writes the name as a string.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(rawValue)
        }
    }
}

/// One key part of an index: a column (with a MySQL prefix length) or an expression, ascending or descending.
public struct IndexPart: Codable, Equatable, Sendable, CustomStringConvertible {
    /// The column of a column key part.
    public var column: String?
    /// The expression of an expression key part.
    public var expression: String?
    /// A MySQL prefix length (`name(10)`).
    public var length: Int?
    /// Descending order.
    public var descending: Bool

    /// A key part: a column or an expression.
    public init(column: String? = nil, expression: String? = nil, length: Int? = nil, descending: Bool = false) {
        self.column = column
        self.expression = expression
        self.length = length
        self.descending = descending
    }

    /// `column(10) DESC` or `(expression)`, as it reads in SQL.
    public var description: String {
        (column ?? "(\(expression ?? ""))") + (length.map { "(\($0))" } ?? "") + (descending ? " DESC" : "")
    }
}

/// A foreign key: its columns, the table and columns it references, and its actions.
public struct ForeignKey: Codable, Equatable, Sendable {
    /// The constraint name, where the engine keeps one.
    public var name: String?
    /// The referencing columns, in order.
    public var columns: [String]
    /// The referenced table's schema; nil for the same one.
    public var referencedSchema: String?
    /// The referenced table.
    public var referencedTable: String
    /// The referenced columns, in the order of `columns`.
    public var referencedColumns: [String]
    /// The ON DELETE action; nil for NO ACTION (the default).
    public var onDelete: Action?
    /// The ON UPDATE action; nil for NO ACTION (the default).
    public var onUpdate: Action?
    /// DEFERRABLE (PostgreSQL).
    public var deferrable: Bool
    /// INITIALLY DEFERRED (PostgreSQL).
    public var initiallyDeferred: Bool

    /// A foreign key with the given parts.
    public init(name: String? = nil, columns: [String], referencedSchema: String? = nil, referencedTable: String,
                referencedColumns: [String], onDelete: Action? = nil, onUpdate: Action? = nil,
                deferrable: Bool = false, initiallyDeferred: Bool = false) {
        self.name = name
        self.columns = columns
        self.referencedSchema = referencedSchema
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.deferrable = deferrable
        self.initiallyDeferred = initiallyDeferred
    }

    /// What a foreign key does to the referencing rows when the referenced row is deleted or its key
    /// updated; the raw value is the SQL (and what JSON snapshots hold).
    public enum Action: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
        /// Delete or update the referencing rows too.
        case cascade = "CASCADE"
        /// Set the referencing columns to NULL.
        case setNull = "SET NULL"
        /// Set the referencing columns to their defaults.
        case setDefault = "SET DEFAULT"
        /// Refuse, at once.
        case restrict = "RESTRICT"
        /// Refuse, at the end of the statement (or transaction, when deferred): the default.
        case noAction = "NO ACTION"

        /// The SQL words.
        public var description: String { rawValue }

        /// The action a catalog or a model names (`cascade`, `SET NULL`, `set_null`); nil for NO ACTION,
        /// which the model leaves unsaid, and for an empty or unknown rule.
        public static func stated(_ rule: String?) -> Action? {
            guard let rule, let a = Action(spelled: rule), a != .noAction else { return nil }
            return a
        }

        /// The action `rule` spells in any case, with underscores or extra spaces (`set_null`,
        /// ` no action `); nil when it spells none.
        public init?(spelled rule: String) {
            self.init(rawValue: rule.uppercased().replacingOccurrences(of: "_", with: " ").split(separator: " ").joined(separator: " "))
        }
    }

    /// The referenced table as a qualified name.
    public var referenced: QualifiedName { QualifiedName(schema: referencedSchema, referencedTable) }

    var sortKey: String { (name ?? "") + "|" + columns.joined(separator: ",") + "|" + referenced.description }

    /// Everything but the name: two foreign keys that do the same thing.
    public func sameDefinition(as other: ForeignKey) -> Bool {
        var a = self, b = other
        a.name = nil
        b.name = nil
        return a == b
    }
}

/// A CHECK constraint.
public struct Check: Codable, Equatable, Sendable {
    /// The constraint name, if it has one.
    public var name: String?
    /// The condition, as the engine reports it.
    public var expression: String
    /// MariaDB column-level CHECK (it belongs to the column named `name`: it is dropped by
    /// redefining the column, and a MODIFY COLUMN must restate it). nil elsewhere.
    public var columnLevel: Bool?
    /// A check of `expression`.
    public init(name: String? = nil, expression: String, columnLevel: Bool? = nil) {
        self.name = name
        self.expression = expression
        self.columnLevel = columnLevel
    }
}

/// A trigger, kept as its SQL.
public struct Trigger: Codable, Equatable, Sendable {
    /// The trigger's name.
    public var name: String
    /// The complete CREATE TRIGGER statement.
    public var sql: String
    /// A trigger `name` created by `sql`.
    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }
}

/// Table storage options (MySQL); empty on the other engines.
public struct TableOptions: Codable, Equatable, Sendable {
    /// MySQL storage engine (`InnoDB`, `MyISAM`, `Aria`).
    public var engine: String?
    /// The table's default character set.
    public var charset: String?
    /// The table's default collation.
    public var collation: String?
    /// ROW_FORMAT.
    public var rowFormat: String?
    /// Options with the given values.
    public init(engine: String? = nil, charset: String? = nil, collation: String? = nil, rowFormat: String? = nil) {
        self.engine = engine
        self.charset = charset
        self.collation = collation
        self.rowFormat = rowFormat
    }
}

/// A view, kept as its `SELECT` text.
public struct View: Codable, Equatable, Sendable {
    /// The schema it lives in; nil for the default one.
    public var schema: String?
    /// The view's name.
    public var name: String
    /// The SELECT, as the engine reports it.
    public var definition: String
    /// True when `definition` is the text as someone wrote it (a Workbench model), not as a server
    /// stored it: then it is compared loosely (`ViewText.loose`) with a server's text.
    public var asWritten: Bool?
    /// A view `name` defined by `definition` (a `SELECT`).
    public init(schema: String? = nil, name: String, definition: String, asWritten: Bool? = nil) {
        self.schema = schema
        self.name = name
        self.definition = definition
        self.asWritten = asWritten
    }
    /// `schema.view`, or the view in the default schema.
    public var qualifiedName: QualifiedName { QualifiedName(schema: schema, name) }

    /// The same view: the same text, or, when one side is text as written, the same loose reading
    /// (`columns` names a table's columns, for `SELECT *`).
    public func isSame(as other: View, columns: ((String) -> [String]?)? = nil) -> Bool {
        guard schema == other.schema && name == other.name else { return false }
        if definition == other.definition { return true }
        guard asWritten == true || other.asWritten == true else { return false }
        return ViewText.loose(definition, columns: columns) == ViewText.loose(other.definition, columns: columns)
    }
}

/// A MySQL stored function or procedure, kept as its `CREATE` statement (without `DEFINER`).
public struct Routine: Codable, Equatable, Sendable {
    /// The routine's name.
    public var name: String
    /// A function or a procedure.
    public var kind: Kind
    /// The `CREATE` statement, without `DEFINER`.
    public var sql: String
    /// True when `sql` is the text as someone wrote it (a Workbench model); compared loosely then.
    public var asWritten: Bool?
    /// What a routine is; its raw value is the SQL keyword (`CREATE FUNCTION`, `DROP PROCEDURE`).
    public enum Kind: String, Codable, Sendable, Comparable, CaseIterable, CustomStringConvertible {
        case function = "FUNCTION"
        case procedure = "PROCEDURE"

        /// The keyword in lower case, for messages (`function`).
        public var description: String { rawValue.lowercased() }

        /// The kind a keyword names, in any case (`function`, `PROCEDURE`).
        public init?(keyword: String) { self.init(rawValue: keyword.uppercased()) }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    /// A routine `name` of `kind` created by `sql`.
    public init(name: String, kind: Kind, sql: String, asWritten: Bool? = nil) {
        self.name = name
        self.kind = kind
        self.sql = sql
        self.asWritten = asWritten
    }

    /// The same routine: the same text, or, when one side is text as written, the same loose reading.
    public func isSame(as other: Routine) -> Bool {
        guard name == other.name && kind == other.kind else { return false }
        if sql == other.sql { return true }
        guard asWritten == true || other.asWritten == true else { return false }
        return ViewText.looseRoutine(sql) == ViewText.looseRoutine(other.sql)
    }
}

/// A PostgreSQL enum type: its values in order.
public struct EnumType: Codable, Equatable, Sendable {
    /// The schema it lives in; nil for the default one.
    public var schema: String?
    /// The type's name.
    public var name: String
    /// The values, in their order.
    public var values: [String]
    /// An enum type `name` of `values`.
    public init(schema: String? = nil, name: String, values: [String]) {
        self.schema = schema
        self.name = name
        self.values = values
    }
    /// `schema.type`, or the type in the default schema.
    public var qualifiedName: QualifiedName { QualifiedName(schema: schema, name) }
}

/// A PostgreSQL sequence that no column owns.
public struct SequenceDefinition: Codable, Equatable, Sendable {
    /// The schema it lives in; nil for the default one.
    public var schema: String?
    /// The sequence's name.
    public var name: String
    /// The first value.
    public var start: Int64
    /// The step.
    public var increment: Int64
    /// MINVALUE; nil for the type's default.
    public var minValue: Int64?
    /// MAXVALUE; nil for the type's default.
    public var maxValue: Int64?
    /// Whether it wraps around at the end.
    public var cycle: Bool
    /// A sequence with the given parts.
    public init(schema: String? = nil, name: String, start: Int64 = 1, increment: Int64 = 1, minValue: Int64? = nil, maxValue: Int64? = nil, cycle: Bool = false) {
        self.schema = schema
        self.name = name
        self.start = start
        self.increment = increment
        self.minValue = minValue
        self.maxValue = maxValue
        self.cycle = cycle
    }
    /// `schema.sequence`, or the sequence in the default schema.
    public var qualifiedName: QualifiedName { QualifiedName(schema: schema, name) }
}
