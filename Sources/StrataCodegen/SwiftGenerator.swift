import Strata

/// Swift model code: GRDB records, Fluent models or plain Codable structs, one type per table.
struct SwiftGenerator {
    let model: CodegenModel
    let format: CodegenFormat
    var namespace: String? = nil

    var imports: [String] {
        switch format {
        case .grdb: return ["Foundation", "GRDB"]
        case .fluent: return ["FluentKit", "Foundation"]
        default: return ["Foundation"]
        }
    }

    func file(for entities: [Entity], header: String, declareNamespace: Bool = false) -> String {
        var out = header + "\n" + imports.map { "import \($0)\n" }.joined()
        var body = ""
        for (n, e) in entities.enumerated() {
            if n > 0 || namespace == nil { body += "\n" }
            switch format {
            case .grdb: body += grdb(e)
            case .fluent: body += fluent(e)
            default: body += codable(e)
            }
        }
        guard let namespace else { return out + body }
        if declareNamespace { out += "\npublic enum \(namespace) {}\n" }
        let indented = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return out + "\nextension \(namespace) {\n" + indented + "}\n"
    }

    // MARK: shared pieces

    /// Whether the database makes the key: auto increment, identity, serial, SQLite's rowid.
    func isGenerated(_ p: Property, in e: Entity) -> Bool {
        guard e.primaryKey == [p.column.name] else { return false }
        let c = p.column
        if c.autoIncrement || c.identity != nil || (c.defaultValue ?? "").hasPrefix("nextval(") { return true }
        return model.engine == .sqlite && CodeTypes.integerBits(c.type, engine: .sqlite) != nil && c.type.name.hasPrefix("int")
    }

    func swiftType(_ p: Property, in e: Entity) -> String {
        let base = CodeTypes.swift(p, engine: model.engine)
        return p.column.nullable || isGenerated(p, in: e) ? base + "?" : base
    }

    /// The doc comment of a type: its table, then the table's comment.
    func typeDoc(_ e: Entity) -> String {
        "/// The `\(UnsafeText.oneLine(e.key))` table." + (e.table.comment.map { "\n///\n" + docComment($0, indent: "").dropLast() } ?? "") + "\n"
    }

    func docComment(_ text: String?, indent: String) -> String {
        guard let text, !text.isEmpty else { return "" }
        // Swift ends a comment at \n and \r: each line gets its own ///, other controls are escaped.
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { "\(indent)/// \(UnsafeText.oneLine(String($0)))\n" }.joined()
    }

    func bare(_ name: String) -> String { name.replacingOccurrences(of: "`", with: "") }

    func enums(_ e: Entity, indent: String) -> String {
        var out = ""
        for p in e.properties {
            guard let name = p.enumTypeName, let values = p.enumValues else { continue }
            out += "\(indent)/// The values of `\(UnsafeText.oneLine(p.column.name))`.\n"
            out += "\(indent)public enum \(name): String, Codable, Hashable, Sendable, CaseIterable\(format == .grdb ? ", DatabaseValueConvertible" : "") {\n"
            var taken: Set<String> = []
            for v in values {
                var c = Naming.propertyName(v)
                if v.isEmpty { c = "empty" }
                if Naming.swiftUnusable.contains(c) { c += "Value" }
                c = Naming.unique(c, in: &taken)
                let id = Naming.swiftIdentifier(c)
                out += c == v ? "\(indent)    case \(id)\n" : "\(indent)    case \(id) = \(CodeTypes.swiftString(v))\n"
            }
            out += "\(indent)}\n\n"
        }
        return out
    }

    func codingKeys(_ e: Entity, indent: String) -> String {
        var out = "\(indent)public enum CodingKeys: String, CodingKey {\n"
        for p in e.properties {
            out += bare(p.name) == p.column.name ? "\(indent)    case \(p.name)\n" : "\(indent)    case \(p.name) = \(CodeTypes.swiftString(p.column.name))\n"
        }
        return out + "\(indent)}\n"
    }

    func storedProperties(_ e: Entity, indent: String) -> String {
        e.properties.map { p in docComment(p.column.comment, indent: indent) + "\(indent)public var \(p.name): \(swiftType(p, in: e))\n" }.joined()
    }

    /// `public init(id: Int64? = nil, name: String, ...)`
    func memberwiseInit(_ e: Entity, indent: String) -> String {
        let params = e.properties.map { p -> String in
            let t = swiftType(p, in: e)
            return "\(p.name): \(t)" + (t.hasSuffix("?") ? " = nil" : "")
        }
        var out = "\(indent)public init(\(params.joined(separator: ", "))) {\n"
        for p in e.properties { out += "\(indent)    self.\(p.name) = \(p.name)\n" }
        return out + "\(indent)}\n"
    }

    // MARK: Codable

    func codable(_ e: Entity) -> String {
        var out = typeDoc(e)
        out += "public struct \(e.typeName): Codable, Hashable, Sendable {\n"
        out += enums(e, indent: "    ")
        out += storedProperties(e, indent: "    ") + "\n"
        out += memberwiseInit(e, indent: "    ") + "\n"
        out += codingKeys(e, indent: "    ")
        return out + "}\n"
    }

    // MARK: GRDB

    func grdbForeignKey(_ fk: ForeignKey) -> String {
        "ForeignKey([\(fk.columns.map(CodeTypes.swiftString).joined(separator: ", "))], to: [\(fk.referencedColumns.map(CodeTypes.swiftString).joined(separator: ", "))])"
    }

    func grdb(_ e: Entity) -> String {
        let generated = e.properties.first { isGenerated($0, in: e) }
        var out = typeDoc(e)
        out += "public struct \(e.typeName): Codable, Hashable, Sendable, FetchableRecord, \(generated == nil ? "PersistableRecord" : "MutablePersistableRecord") {\n"
        out += "    public static let databaseTableName = \(CodeTypes.swiftString(e.table.name))\n\n"
        out += enums(e, indent: "    ")
        out += storedProperties(e, indent: "    ") + "\n"
        out += memberwiseInit(e, indent: "    ") + "\n"
        out += codingKeys(e, indent: "    ") + "\n"
        out += "    /// The columns, for the query interface.\n    public enum Columns {\n"
        for p in e.properties { out += "        public static let \(p.name) = Column(CodingKeys.\(p.name))\n" }
        out += "    }\n"
        if let g = generated {
            let t = CodeTypes.swift(g, engine: model.engine)
            out += "\n    /// The key the database gave the new row.\n"
            out += "    public mutating func didInsert(_ inserted: InsertionSuccess) {\n"
            out += "        \(g.name) = \(t == "Int64" ? "inserted.rowID" : "\(t)(inserted.rowID)")\n    }\n"
        }
        if !e.parents.isEmpty || !e.children.isEmpty || !e.siblings.isEmpty { out += "\n    // Associations, from the foreign keys.\n" }
        for r in e.parents {
            out += "    public static let \(r.parentName) = belongsTo(\(r.parentType).self, key: \(CodeTypes.swiftString(r.parentName)), using: \(grdbForeignKey(r.foreignKey)))\n"
            out += "    public var \(r.parentName): QueryInterfaceRequest<\(r.parentType)> { request(for: \(e.typeName).\(r.parentName)) }\n"
        }
        for r in e.children {
            out += "    public static let \(r.childrenName) = hasMany(\(r.childType).self, key: \(CodeTypes.swiftString(r.childrenName)), using: \(grdbForeignKey(r.foreignKey)))\n"
            out += "    public var \(r.childrenName): QueryInterfaceRequest<\(r.childType)> { request(for: \(e.typeName).\(r.childrenName)) }\n"
        }
        for s in e.siblings {
            out += "    public static let \(s.name) = hasMany(\(s.otherType).self, through: \(s.throughChildrenName), using: \(s.throughType).\(s.toParentName), key: \(CodeTypes.swiftString(s.name)))\n"
            out += "    public var \(s.name): QueryInterfaceRequest<\(s.otherType)> { request(for: \(e.typeName).\(s.name)) }\n"
        }
        return out + "}\n"
    }

    // MARK: Fluent

    static let timestampTriggers = ["created_at": ".create", "createdat": ".create", "created": ".create", "creation_date": ".create",
                                    "updated_at": ".update", "updatedat": ".update", "modified_at": ".update", "last_update": ".update",
                                    "deleted_at": ".delete", "deletedat": ".delete"]

    func fluent(_ e: Entity) -> String {
        var out = typeDoc(e)
        guard !e.primaryKey.isEmpty else {
            return out + "// \(e.typeName): the table has no primary key, which a Fluent model needs; no model is generated.\n"
        }
        out += "public final class \(e.typeName): Model, @unchecked Sendable {\n"
        out += "    public static let schema = \(CodeTypes.swiftString(e.table.name))\n"
        if let space = e.table.schema { out += "    public static let space: String? = \(CodeTypes.swiftString(space))\n" }
        out += "\n"
        out += enums(e, indent: "    ")
        // Columns that a @Parent stands for are not fields of their own.
        let parentColumns = Dictionary(e.parents.filter { $0.toPrimaryKey }.map { ($0.foreignKey.columns[0], $0) }, uniquingKeysWith: { a, _ in a })
        // The convenience initialiser's parameters, in column order: fields, and parents by their id.
        var initParams: [(param: String, type: String, optional: Bool, assign: String)] = []
        if e.primaryKey.count == 1, let p = e.property(e.primaryKey[0]) {
            let t = CodeTypes.swift(p, engine: model.engine)
            let key = p.column.name == "id" && t == "UUID" ? "key: .id" : "custom: \(CodeTypes.swiftString(p.column.name)), generatedBy: \(isGenerated(p, in: e) ? ".database" : t == "UUID" ? ".random" : ".user")"
            out += docComment(p.column.comment, indent: "    ") + "    @ID(\(key)) public var id: \(t)?\n"
        } else {
            out += "    @CompositeID public var id: IDValue?\n"
        }
        for p in e.properties {
            if e.primaryKey.count == 1 && p.column.name == e.primaryKey[0] { continue }
            if e.primaryKey.count > 1 && e.primaryKey.contains(p.column.name) { continue }
            if let r = parentColumns[p.column.name] {
                let wrapper = r.optional ? "@OptionalParent" : "@Parent"
                out += docComment(p.column.comment, indent: "    ") + "    \(wrapper)(key: \(CodeTypes.swiftString(p.column.name))) public var \(r.parentName): \(r.parentType)\(r.optional ? "?" : "")\n"
                initParams.append((param: "\(r.parentName)ID", type: fluentIDType(of: r.parentTable), optional: r.optional, assign: "self.$\(r.parentName).id"))
                continue
            }
            let t = CodeTypes.swift(p, engine: model.engine)
            if t == "Date", let on = SwiftGenerator.timestampTriggers[p.column.name.lowercased()] {
                out += docComment(p.column.comment, indent: "    ") + "    @Timestamp(key: \(CodeTypes.swiftString(p.column.name)), on: \(on)) public var \(p.name): Date?\n"
                continue
            }
            let wrapper = p.column.nullable ? "@OptionalField" : "@Field"
            // A column named id that is not the key: the model's `id` is the @ID.
            let name = p.name == "id" ? "idColumn" : p.name
            out += docComment(p.column.comment, indent: "    ") + "    \(wrapper)(key: \(CodeTypes.swiftString(p.column.name))) public var \(name): \(t)\(p.column.nullable ? "?" : "")\n"
            initParams.append((param: name, type: t, optional: p.column.nullable, assign: "self.\(name)"))
        }
        // @Children and @Siblings need the child's @Parent at the top of its model, not inside a composite key.
        for r in e.children where r.toPrimaryKey && topLevelParent(r) {
            out += "    @Children(for: \\.$\(r.parentName)) public var \(r.childrenName): [\(r.childType)]\n"
        }
        for s in e.siblings {
            guard let through = model.entities.first(where: { $0.key == s.throughTable }),
                  let from = through.parents.first(where: { $0.parentName == s.fromParentName }),
                  let to = through.parents.first(where: { $0.parentName == s.toParentName }),
                  from.toPrimaryKey && to.toPrimaryKey && topLevelParent(from) && topLevelParent(to) else {
                out += "    // \(UnsafeText.oneLine(s.name)): through \(UnsafeText.oneLine(s.throughTable)), whose key holds both foreign keys; Fluent's @Siblings needs them outside it: query \(s.throughType).\n"
                continue
            }
            out += "    @Siblings(through: \(s.throughType).self, from: \\.$\(s.fromParentName), to: \\.$\(s.toParentName)) public var \(s.name): [\(s.otherType)]\n"
        }
        out += "\n    public init() {}\n"
        if e.primaryKey.count == 1, let p = e.property(e.primaryKey[0]) {
            let t = CodeTypes.swift(p, engine: model.engine)
            let params = ["id: \(t)? = nil"] + initParams.map { "\($0.param): \($0.type)\($0.optional ? "? = nil" : "")" }
            let body = ["        self.id = id"] + initParams.map { "        \($0.assign) = \($0.param)" }
            out += "\n    public init(\(params.joined(separator: ", "))) {\n" + body.joined(separator: "\n") + "\n    }\n"
        }
        if e.primaryKey.count > 1 { out += "\n" + compositeID(e, parentColumns: parentColumns) }
        return out + "}\n"
    }

    /// Whether the child model has the relation's `@Parent` at its top (a model exists, and the column is not in a composite key).
    func topLevelParent(_ r: Relation) -> Bool {
        guard let child = model.entities.first(where: { $0.key == r.childTable }), !child.primaryKey.isEmpty else { return false }
        return child.primaryKey.count == 1 ? child.primaryKey[0] != r.foreignKey.columns[0] : !child.primaryKey.contains(r.foreignKey.columns[0])
    }

    /// The `@ID` value type of a table's model.
    func fluentIDType(of table: String) -> String {
        guard let e = model.entities.first(where: { $0.key == table }) else { return "Int" }
        if e.primaryKey.count == 1, let p = e.property(e.primaryKey[0]) { return CodeTypes.swift(p, engine: model.engine) }
        return "\(e.typeName).IDValue"
    }

    /// A composite key: Fluent's `@CompositeID` with the key columns in a nested `Fields` class.
    func compositeID(_ e: Entity, parentColumns: [String: Relation]) -> String {
        var out = "    /// The composite primary key (\(UnsafeText.oneLine(e.primaryKey.joined(separator: ", ")))).\n"
        out += "    public final class IDValue: Fields, Hashable, @unchecked Sendable {\n"
        var fields: [(String, String)] = []
        for column in e.primaryKey {
            guard let p = e.property(column) else { continue }
            if let r = parentColumns[column] {
                out += "        @Parent(key: \(CodeTypes.swiftString(column))) public var \(r.parentName): \(r.parentType)\n"
                fields.append(("$\(r.parentName).id", r.parentName))
            } else {
                out += "        @Field(key: \(CodeTypes.swiftString(column))) public var \(p.name): \(CodeTypes.swift(p, engine: model.engine))\n"
                fields.append((p.name, p.name))
            }
        }
        out += "\n        public init() {}\n\n"
        out += "        public static func == (lhs: IDValue, rhs: IDValue) -> Bool {\n"
        out += "            " + fields.map { "lhs.\($0.0) == rhs.\($0.0)" }.joined(separator: " && ") + "\n        }\n\n"
        out += "        public func hash(into hasher: inout Hasher) {\n"
        out += fields.map { "            hasher.combine(\($0.0))\n" }.joined() + "        }\n"
        return out + "    }\n"
    }
}
