import Strata

/// A table as the generators see it: its type name, its columns as properties, its key and its
/// relations, all named once so every format agrees.
struct Entity {
    var table: Table
    var typeName: String
    var properties: [Property]
    /// Primary key columns, in key order.
    var primaryKey: [String]
    /// From this table's foreign keys.
    var parents: [Relation] = []
    /// Foreign keys of other tables that point here.
    var children: [Relation] = []
    /// Other tables reached through a pure association table.
    var siblings: [Sibling] = []
    /// Only two foreign keys and nothing else: a many-to-many link.
    var isAssociation = false
    /// Two foreign keys and at most a key of its own: a pivot (Fluent's word) that links two tables.
    var isPivot = false

    func property(_ column: String) -> Property? { properties.first { $0.column.name == column } }
    /// The table's qualified name (`schema.table` outside the default schema): what relations refer to.
    var key: String { table.qualifiedName.description }
}

struct Property {
    var column: Column
    /// The Swift property name, escaped when a keyword.
    var name: String
    /// The Python attribute name.
    var pythonName: String
    /// The name of the generated enum type for ENUM columns.
    var enumTypeName: String?
    var enumValues: [String]?
}

/// One foreign key, seen from the child (`parents`) and from the parent (`children`).
struct Relation {
    var foreignKey: ForeignKey
    var childTable: String
    var parentTable: String
    var childType: String
    var parentType: String
    /// The name on the child (`order.customer`).
    var parentName: String
    /// The name on the parent (`customer.orders`).
    var childrenName: String
    /// Whether the foreign key columns may be NULL.
    var optional: Bool
    /// Whether it is one column pointing at the parent's single-column primary key.
    var toPrimaryKey: Bool
}

struct Sibling {
    /// `film.actors`
    var name: String
    var otherType: String
    var otherTable: String
    /// The association table's type and the relation names on it.
    var throughType: String
    var throughTable: String
    /// The to-many relation from this entity to the association table (`film.filmActors`).
    var throughChildrenName: String
    /// The association's relation to this entity and to the other (`filmActor.film`, `filmActor.actor`).
    var fromParentName: String
    var toParentName: String
    var fromKey: ForeignKey
    var toKey: ForeignKey
    /// Whether the link table has nothing but the two foreign keys (SQLAlchemy's `secondary`).
    var throughIsPure: Bool
}

/// The entities of a schema, named and related.
struct CodegenModel {
    var entities: [Entity]
    var engine: Engine?
    /// Type names a table must not take in Swift: they would shadow what generated code uses.
    static let reservedTypeNames: Set<String> = [
        "Column", "Columns", "Model", "Date", "Data", "Decimal", "UUID", "String", "Int", "Double", "Float", "Bool", "Table",
        "Database", "Schema", "Parent", "Children", "Field", "ID", "Timestamp", "Siblings", "Set", "Array", "Dictionary",
        "Optional", "Error", "Type", "Self", "Any", "Protocol", "Codable", "Hashable", "Sendable", "Base", "Foundation", "GRDB",
        "FluentKit", "Enum", "Record", "Row", "CodingKeys", "Character", "Result", "Never", "Void", "Index", "ForeignKey",
    ]

    init(schema: Schema, tables filter: Set<String>? = nil) {
        engine = schema.engine
        let tables = schema.normalized().tables.filter { filter == nil || filter!.contains($0.name) || filter!.contains($0.qualifiedName.description) }
        let enumTypes = Dictionary(schema.enums.map { ($0.name, $0.values) }, uniquingKeysWith: { a, _ in a })
        // Type names: unique, never a reserved one.
        var takenTypes: Set<String> = []
        var typeOf: [String: String] = [:]
        for t in tables {
            var name = Naming.typeName(t.name)
            if CodegenModel.reservedTypeNames.contains(name) { name += "Record" }
            typeOf[t.qualifiedName.description] = Naming.unique(name, in: &takenTypes)
        }
        var entities: [Entity] = []
        for t in tables {
            var taken: Set<String> = []
            var takenPython: Set<String> = []
            var properties: [Property] = []
            for c in t.columns {
                var base = Naming.propertyName(c.name)
                if Naming.swiftUnusable.contains(base) { base += "Value" }
                let name = Naming.unique(base, in: &taken)
                let py = Naming.unique(Naming.pythonAttribute(c.name), in: &takenPython)
                var p = Property(column: c, name: Naming.swiftIdentifier(name), pythonName: py)
                if let values = CodegenModel.enumValues(c.type, enums: enumTypes) {
                    p.enumValues = values
                    p.enumTypeName = Naming.unique(Naming.typeName(c.name).replacingOccurrences(of: "Record", with: ""), in: &taken)
                    if CodegenModel.reservedTypeNames.contains(p.enumTypeName!) || p.enumTypeName == typeOf[t.qualifiedName.description] { p.enumTypeName! += "Value" }
                }
                properties.append(p)
            }
            let pk = t.primaryKey?.columns ?? []
            entities.append(Entity(table: t, typeName: typeOf[t.qualifiedName.description]!, properties: properties, primaryKey: pk))
        }
        // Association tables: two foreign keys covering every column.
        for i in entities.indices {
            let t = entities[i].table
            let fkColumns = Set(t.foreignKeys.flatMap(\.columns))
            let linksKnownTables = t.foreignKeys.count == 2 && t.foreignKeys.allSatisfy { fk in entities.contains { $0.key == fk.referenced.description } }
            let others = Set(t.columns.map(\.name)).subtracting(fkColumns)
            entities[i].isAssociation = linksKnownTables && others.isEmpty
            let required = fkColumns.allSatisfy { t.column($0)?.nullable == false }
            entities[i].isPivot = linksKnownTables && required && (others.isEmpty || (others.count == 1 && t.primaryKey?.columns == Array(others)))
        }
        // Relations, named on both sides without clashing with properties or each other.
        var takenNames: [String: Set<String>] = [:]
        for e in entities { takenNames[e.key] = Set(e.properties.map { $0.name.replacingOccurrences(of: "`", with: "") } + [e.typeName]) }
        let index = Dictionary(entities.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for ci in entities.indices {
            let child = entities[ci]
            for fk in child.table.foreignKeys {
                guard let pi = index[fk.referenced.description] else { continue }
                let parent = entities[pi]
                // order.customer_id -> customer; without an _id ending, the parent's type name.
                var base = fk.columns.count == 1 ? CodegenModel.stripKeySuffix(fk.columns[0]) : nil
                if base == nil || base!.isEmpty || base == fk.columns.first { base = nil }
                var parentName = base.map(Naming.propertyName) ?? Naming.lowerFirst(parent.typeName)
                if Naming.swiftKeywords.contains(parentName) || Naming.swiftUnusable.contains(parentName) { parentName += "Record" }
                parentName = Naming.unique(parentName, in: &takenNames[child.key, default: []])
                // customer.orders; two keys from one table: customer.billingOrders, customer.shippingOrders.
                let sameTable = child.table.foreignKeys.filter { $0.referenced == fk.referenced }.count > 1
                var childrenName = Naming.plural(Naming.lowerFirst(child.typeName))
                if sameTable || pi == ci { childrenName = parentName + Naming.capitalized(childrenName) }
                childrenName = Naming.unique(childrenName, in: &takenNames[parent.key, default: []])
                let optional = fk.columns.contains { c in child.table.column(c)?.nullable ?? true }
                let toPK = fk.columns.count == 1 && parent.primaryKey == fk.referencedColumns
                let r = Relation(foreignKey: fk, childTable: child.key, parentTable: parent.key, childType: child.typeName,
                                 parentType: parent.typeName, parentName: parentName, childrenName: childrenName, optional: optional, toPrimaryKey: toPK)
                entities[ci].parents.append(r)
                entities[pi].children.append(r)
            }
        }
        // Siblings through association tables.
        for a in entities where a.isPivot {
            let rs = a.parents
            guard rs.count == 2 else { continue }
            for (from, to) in [(rs[0], rs[1]), (rs[1], rs[0])] {
                guard let fi = index[from.parentTable] else { continue }
                var name = Naming.plural(Naming.lowerFirst(to.parentType))
                if from.parentTable == to.parentTable { name = to.parentName + Naming.capitalized(name) }
                name = Naming.unique(name, in: &takenNames[from.parentTable, default: []])
                entities[fi].siblings.append(Sibling(name: name, otherType: to.parentType, otherTable: to.parentTable, throughType: a.typeName,
                                                     throughTable: a.key, throughChildrenName: from.childrenName,
                                                     fromParentName: from.parentName, toParentName: to.parentName,
                                                     fromKey: from.foreignKey, toKey: to.foreignKey, throughIsPure: a.isAssociation))
                if from.parentTable == to.parentTable { break }
            }
        }
        self.entities = entities
    }

    /// `customer_id` -> `customer`, `CustomerID` -> `Customer`, `fk_customer` -> `customer`.
    static func stripKeySuffix(_ column: String) -> String? {
        for suffix in ["_id", "_ID", "_Id", "Id", "ID", "_fk", "_key", "_no"] where column.hasSuffix(suffix) && column.count > suffix.count {
            return String(column.dropLast(suffix.count))
        }
        for prefix in ["fk_", "FK_", "id_"] where column.hasPrefix(prefix) && column.count > prefix.count {
            return String(column.dropFirst(prefix.count))
        }
        return nil
    }

    /// ENUM values of a MySQL ENUM column or a PostgreSQL enum type.
    static func enumValues(_ type: ColumnType, enums: [String: [String]]) -> [String]? {
        if type.classified.family == .enumeration { return type.values }
        return enums[type.name]
    }
}
