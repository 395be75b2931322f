import StrataMySQLDialect
import Foundation
import Strata

/// Turns the GRT object graph into `Schema` values, one per Workbench schema.
struct WorkbenchModelBuilder {
    let doc: GRTDocument
    let path: String
    var warnings: [String] = []
    /// What the server would refuse, found while reading (see `serverRefusals`).
    var invalid: [InvalidObject] = []

    init(doc: GRTDocument, path: String) {
        self.doc = doc
        self.path = path
    }

    mutating func build() throws -> WorkbenchReader.Model {
        guard let document = doc.resolve(doc.root), let physical = doc.list(document, "physicalModels").first,
              let catalog = doc.resolve(physical.members["catalog"]) else {
            throw StrataError.usage("\(path): the document has no physical model with a catalog")
        }
        var schemas: [Schema] = [], names: [String] = []
        for schema in doc.list(catalog, "schemata") where !schema.flag("modelOnly") {
            names.append(schema.string("name"))
            schemas.append(try build(schema: schema))
        }
        return WorkbenchReader.Model(schemas: schemas, schemaNames: names, warnings: warnings, invalid: invalid, formatVersion: doc.formatVersion)
    }

    mutating func build(schema: GRTObject) throws -> Schema {
        let schemaName = schema.string("name")
        var tables: [Table] = []
        var seen: Set<String> = []
        for t in doc.list(schema, "tables") where !t.flag("isStub") && !t.flag("modelOnly") {
            let name = t.string("name")
            // Workbench's own script creates the first (CREATE TABLE IF NOT EXISTS skips the second).
            guard seen.insert(name.lowercased()).inserted else {
                warnings.append("\(schemaName).\(name): a second table with this name; the first in the model is used, as Workbench's script does, and this one is left out")
                continue
            }
            let table = try build(table: t, schemaName: schemaName, schemaCharset: schema.string("defaultCharacterSetName"), schemaCollation: schema.string("defaultCollationName"))
            if table.columns.isEmpty {
                warnings.append("\(schemaName).\(name): table without columns (no engine creates one), left out")
                continue
            }
            tables.append(table)
        }
        // A foreign key to a table left out cannot be created.
        let kept = Set(tables.map { $0.name.lowercased() })
        for i in tables.indices {
            let tableName = tables[i].name
            tables[i].foreignKeys.removeAll { fk in
                guard fk.referencedSchema == nil || fk.referencedSchema == schemaName, !kept.contains(fk.referencedTable.lowercased()) else { return false }
                warnings.append("\(schemaName).\(tableName).\(fk.name ?? fk.columns.joined(separator: ",")): foreign key to \(fk.referencedTable), which is left out; left out")
                return true
            }
        }
        invalid += WorkbenchModelBuilder.serverRefusals(tables, schema: schemaName)
        for i in tables.indices { WorkbenchModelBuilder.addForeignKeyIndexes(&tables[i]) }
        var views: [View] = []
        for v in doc.list(schema, "views") where !v.flag("modelOnly") {
            let body = WorkbenchModelBuilder.viewBody(WorkbenchModelBuilder.unqualified(v.string("sqlDefinition"), schema: schemaName))
            if body.isEmpty { warnings.append("\(schemaName).\(v.string("name")): view without a definition, left out"); continue }
            views.append(View(name: v.string("name"), definition: body, asWritten: true))
        }
        var routines: [Routine] = []
        for r in doc.list(schema, "routines") where !r.flag("modelOnly") && !r.flag("commentedOut") {
            var sql = DDLText.replacing("\r\n", with: "\n", in: WorkbenchModelBuilder.unqualified(r.string("sqlDefinition"), schema: schemaName))
            sql = DDLText.trim(sql)
            if sql.hasSuffix(";") { sql = DDLText.trim(String(sql.dropLast())) }
            let kind = Routine.Kind(keyword: r.string("routineType"))
            guard let kind, !sql.isEmpty else {
                warnings.append("\(schemaName).\(r.string("name")): routine without a definition or type, left out")
                continue
            }
            routines.append(Routine(name: r.string("name"), kind: kind, sql: sql, asWritten: true))
        }
        return Schema(engine: .mysql, tables: tables, views: views, routines: routines)
    }

    mutating func build(table t: GRTObject, schemaName: String, schemaCharset: String = "", schemaCollation: String = "") throws -> Table {
        let tableName = t.string("name")
        let place = "\(schemaName).\(tableName)"
        var table = Table(name: tableName)
        table.objectID = t.id
        var columnNames: [String: String] = [:]   // id -> name
        var seenColumns: Set<String> = []
        for c in doc.list(t, "columns") {
            let name = c.string("name")
            guard seenColumns.insert(name.lowercased()).inserted else {
                throw StrataError.usage("\(path): \(place) has two columns named \(name)")
            }
            columnNames[c.id] = name
            let built = column(c, place: "\(place).\(name)")
            if ["varchar", "varbinary"].contains(built.type.name) && built.type.length == nil {
                invalid.append(InvalidObject(.column, owner: QualifiedName(tableName), part: name,
                                             reason: "\(built.type.name.uppercased()) without a length; MySQL refuses it (a syntax error at ')')", schemaLabel: schemaName))
            }
            table.columns.append(built)
        }
        // Indexes; the primary key from the link, else the index marked primary.
        let pkID = doc.linkID(t, "primaryKey")
        for i in doc.list(t, "indices") {
            let kind = WorkbenchModelBuilder.indexKind(i.string("indexType"))
            let parts = doc.list(i, "columns").compactMap { ic -> IndexPart? in
                let ref = doc.linkID(ic, "referencedColumn") ?? doc.linkID(ic, "referedColumn")
                guard let col = ref.flatMap({ columnNames[$0] }) else {
                    let expr = ic.string("expression")
                    return expr.isEmpty ? nil : IndexPart(expression: expr)
                }
                let length = ic.int("columnLength") ?? 0
                return IndexPart(column: col, length: length > 0 ? length : nil, descending: ic.flag("descend"))
            }
            if i.id == pkID || kind == "PRIMARY" || i.flag("isPrimary") {
                table.primaryKey = PrimaryKey(columns: parts.compactMap(\.column))
                continue
            }
            if parts.isEmpty { warnings.append("\(place).\(i.string("name")): index without columns, left out"); continue }
            let method: Index.Method? = kind == "FULLTEXT" ? .fulltext : kind == "SPATIAL" ? .spatial : (i.string("indexKind").uppercased() == "HASH" ? .hash : nil)
            // MariaDB reports no prefix length on SPATIAL indexes.
            let finalParts = method == "spatial" ? parts.map { p in var p = p; p.length = nil; return p } : parts
            // An index without a name gets the server's: its first column's, with _2, _3 ... when taken.
            var name = i.string("name")
            if name.isEmpty, let first = finalParts.first?.column {
                name = first
                var n = 2
                while table.indexes.contains(where: { $0.name == name }) { name = "\(first)_\(n)"; n += 1 }
            }
            table.indexes.append(Index(name: name, columns: finalParts, unique: kind == "UNIQUE", method: method))
        }
        // Primary key columns are NOT NULL on the server.
        if let pk = table.primaryKey {
            for j in table.columns.indices where pk.columns.contains(table.columns[j].name) { table.columns[j].nullable = false }
        }
        for fk in doc.list(t, "foreignKeys") where !fk.flag("modelOnly") {
            let refTable = doc.resolve(fk.members["referencedTable"] ?? fk.members["referedTable"])
            let cols = doc.list(fk, "columns").map { $0.string("name") }
            let refCols = (doc.list(fk, "referencedColumns") + doc.list(fk, "referedColumns")).map { $0.string("name") }
            guard let refTable, !cols.isEmpty, cols.count == refCols.count else {
                warnings.append("\(place).\(fk.string("name")): foreign key without its table or columns, left out")
                continue
            }
            let refSchema = doc.resolve(refTable.members["owner"])?.string("name")
            for (clause, raw) in [("ON DELETE", fk.string("deleteRule")), ("ON UPDATE", fk.string("updateRule"))] where !WorkbenchModelBuilder.isRule(raw) {
                warnings.append("\(place).\(fk.string("name")): \(clause) \(UnsafeText.oneLine(raw)) is no action MySQL knows; NO ACTION used")
            }
            table.foreignKeys.append(ForeignKey(
                name: fk.string("name"), columns: cols, referencedSchema: refSchema == schemaName ? nil : refSchema,
                referencedTable: refTable.string("name"), referencedColumns: refCols,
                onDelete: WorkbenchModelBuilder.rule(fk.string("deleteRule")), onUpdate: WorkbenchModelBuilder.rule(fk.string("updateRule"))))
        }
        for trig in doc.list(t, "triggers") where !trig.flag("modelOnly") {
            let raw = DDLText.trim(WorkbenchModelBuilder.unqualified(trig.string("sqlDefinition"), schema: schemaName))
            if raw.isEmpty { continue }
            let sql = WorkbenchModelBuilder.triggerSQL(raw, name: trig.string("name"), table: table.name, timing: trig.string("timing"), event: trig.string("event"))
            table.triggers.append(Trigger(name: trig.string("name"), sql: sql))
        }
        var options = TableOptions()
        let engine = t.string("tableEngine")
        if !engine.isEmpty && engine.lowercased() != "innodb" { options.engine = engine }
        // A table charset that is the schema's default is no option of its own: the database's default applies.
        let charset = MySQLCanonical.charset(t.string("defaultCharacterSetName")), collation = t.string("defaultCollationName")
        let inherits = (charset.isEmpty || charset == MySQLCanonical.charset(schemaCharset)) && (collation.isEmpty || collation == schemaCollation)
        if !inherits {
            let cs = charset.isEmpty ? String(collation.prefix { $0 != "_" }) : charset
            options.charset = cs
            options.collation = collation.isEmpty ? MySQLCanonical.defaultCollation(cs) : collation
        }
        let rowFormat = t.string("rowFormat").uppercased()
        if !rowFormat.isEmpty && rowFormat != "DEFAULT" { options.rowFormat = rowFormat }
        table.options = options
        let tableCollation = options.collation ?? (schemaCollation.isEmpty ? MySQLCanonical.defaultCollation(MySQLCanonical.charset(schemaCharset)) : MySQLCanonical.collation(schemaCollation))
        for i in table.columns.indices where table.columns[i].collation != nil && table.columns[i].collation == tableCollation {
            table.columns[i].collation = nil
            table.columns[i].charset = nil
        }
        let comment = t.string("comment")
        table.comment = comment.isEmpty ? nil : comment
        return table
    }

    mutating func column(_ c: GRTObject, place: String) -> Column {
        var column = Column(name: c.string("name"), type: type(c, place: place), nullable: !c.flag("isNotNull"))
        column.objectID = c.id
        // The default, with ON UPDATE split off (Workbench keeps both in defaultValue).
        var raw = DDLText.trim(c.string("defaultValue"))
        if let r = DDLText.find("ON UPDATE", in: raw) {
            column.onUpdate = MySQLCanonical.function(DDLText.trim(raw[r.upperBound...]))
            raw = DDLText.trim(raw[..<r.lowerBound])
        }
        if !raw.isEmpty && raw.uppercased() != "NULL" && !c.flag("defaultValueIsNull") {
            column.defaultValue = MySQLCanonical.defaultValue(raw, type: column.type)
        }
        column.autoIncrement = c.flag("autoIncrement")
        // MariaDB gives a NOT NULL TIMESTAMP or DATETIME with ON UPDATE and no default the zero date.
        if column.onUpdate != nil && column.defaultValue == nil && !column.nullable && ["timestamp", "datetime"].contains(column.type.name) {
            column.defaultValue = "'0000-00-00 00:00:00" + (column.type.length.map { $0 > 0 ? "." + String(repeating: "0", count: $0) : "" } ?? "") + "'"
        }
        // MariaDB reports a column's collation (and charset) when it is not the table's; a charset alone gets its default collation.
        let charset = MySQLCanonical.charset(c.string("characterSetName")), collation = MySQLCanonical.collation(c.string("collationName"))
        if !collation.isEmpty { column.collation = collation; column.charset = charset.isEmpty ? String(collation.prefix { $0 != "_" }) : charset }
        else if !charset.isEmpty { column.charset = charset; column.collation = MySQLCanonical.defaultCollation(charset) }
        let comment = c.string("comment")
        column.comment = comment.isEmpty ? nil : comment
        if c.flag("generated") {
            let expr = c.string("expression")
            column.generated = Column.Generated(expression: expr, stored: c.string("generatedStorage").uppercased() == "STORED")
            column.defaultValue = nil
        }
        return column
    }

    /// The column type from `simpleType` or `userType` (§5.2), as the server would report it.
    mutating func type(_ c: GRTObject, place: String) -> ColumnType {
        let length = c.int("length") ?? -1, precision = c.int("precision") ?? -1, scale = c.int("scale") ?? -1
        let flags = Set(doc.strings(c, "flags").map { $0.uppercased() })
        var base: String
        var explicit = c.string("datatypeExplicitParams")
        if let simple = doc.linkID(c, "simpleType") {
            base = String(simple.split(separator: ".").last ?? "").lowercased()
        } else if let userID = doc.linkID(c, "userType") {
            guard let user = doc.objects[userID] else {
                warnings.append("\(place): user type \(userID) is not in the model; typed as TEXT")
                return ColumnType("text")
            }
            let definition = user.string("sqlDefinition")
            var parsed = DDLText.parseType(definition)
            if length > 0 { parsed.length = length } else if precision > 0 { parsed.length = precision; parsed.scale = scale > 0 ? scale : parsed.scale }
            let userFlags = Set(user.string("flags").uppercased().split(separator: " ").map(String.init))
            parsed.unsigned = parsed.unsigned || userFlags.contains("UNSIGNED")
            return MySQLCanonical.type(parsed)
        } else {
            warnings.append("\(place): column without a type; typed as TEXT")
            return ColumnType("text")
        }
        if base.hasSuffix("_f") { base.removeLast(2) }
        if base == "numeric" { base = "decimal" }
        if base == "boolean" { return ColumnType("tinyint", length: 1) }
        var t = ColumnType(base, unsigned: flags.contains("UNSIGNED") || flags.contains("ZEROFILL"), zerofill: flags.contains("ZEROFILL"))
        switch base {
        case "tinyint", "smallint", "mediumint", "int", "bigint", "bit":
            if precision > 0 { t.length = precision }
        case "decimal", "float", "double", "real":
            if precision > 0 { t.length = precision; t.scale = scale >= 0 ? scale : (base == "decimal" ? 0 : nil) }
            if base == "decimal" && t.length == nil { t.length = 10; t.scale = 0 }
            // FLOAT(p) is a precision in bits (FLOAT up to 24, DOUBLE above); DOUBLE(M) without a scale is no MySQL syntax.
            if base != "decimal", let p = t.length, t.scale == nil {
                if base == "float" && p > 24 { t.name = "double" }
                t.length = nil
            }
        case "char", "varchar", "binary", "varbinary", "nchar", "nvarchar":
            if length > 0 { t.length = length }
            if base == "nchar" { t.name = "char" }
            if base == "nvarchar" { t.name = "varchar" }
            if base == "char" && t.length == nil { t.length = 1 }
        case "text", "blob":
            if length > 0 { t.length = length }  // normalised() picks the type that holds it
        case "datetime", "timestamp", "time":
            let fsp = length > 0 ? length : precision > 0 ? precision : 0
            if fsp > 0 && fsp <= 6 { t.length = fsp }
        case "enum", "set":
            if explicit.isEmpty { warnings.append("\(place): \(base.uppercased()) without values") ; explicit = "()" }
            t = DDLText.parseType(base + explicit)
        case "year":
            break
        default:
            break
        }
        return MySQLCanonical.type(t)
    }

    /// SQL from the model without `DEFINER=...` and without the model's schema name in front of
    /// object names: the database it is applied to has its own name and user.
    static func unqualified(_ sql: String, schema: String) -> String {
        var s = sql
        for q in ["`\(schema)`.", "\(schema)."] { s = DDLText.replacing(q, with: "", in: s, atWordStart: true) }
        return SQLHeader.withoutDefiner(s)
    }

    static func indexKind(_ raw: String) -> String {
        var k = raw.uppercased()
        if k.hasSuffix(" KEY") { k = String(k.dropLast(4)) }
        if k == "KEY" || k == "FOREIGN" || k.isEmpty { k = "INDEX" }
        return k
    }

    /// Empty rules are the server default, which MariaDB reports as RESTRICT; NO ACTION is the model's default spelling.
    /// A rule as Workbench writes it; empty (never set in the model) is what Workbench's script
    /// writes, RESTRICT. A rule no engine knows is NO ACTION (``isRule(_:)`` tells which).
    static func rule(_ raw: String) -> ForeignKey.Action? {
        let r = DDLText.trim(raw)
        return r.isEmpty ? .restrict : ForeignKey.Action.stated(r)
    }

    /// Whether `raw` is empty or names an action (NO ACTION included).
    static func isRule(_ raw: String) -> Bool {
        let r = DDLText.trim(raw)
        return r.isEmpty || ForeignKey.Action(spelled: r) != nil
    }

    /// InnoDB needs an index that starts with a foreign key's columns and makes one, named after the
    /// constraint, when the table has none; the model gets it too, so it compares equal to the server.
    static func addForeignKeyIndexes(_ table: inout Table) {
        for fk in table.foreignKeys {
            var keys = table.indexes.filter { $0.method == nil }.map { $0.columns.compactMap(\.column) }
            if let pk = table.primaryKey { keys.append(pk.columns) }
            if keys.contains(where: { $0.count >= fk.columns.count && Array($0.prefix(fk.columns.count)) == fk.columns }) { continue }
            let name = fk.name.flatMap { $0.isEmpty ? nil : $0 } ?? fk.columns[0]
            table.indexes.append(Index(name: name, columns: fk.columns.map { IndexPart(column: $0) }))
        }
    }

    /// What a MySQL server would refuse in a model that Workbench accepts, each naming the object:
    /// a TEXT or BLOB key part without a prefix length, a foreign key whose column types differ, two foreign
    /// keys with one name (InnoDB names them per database).
    static func serverRefusals(_ tables: [Table], schema: String) -> [InvalidObject] {
        var refused: [InvalidObject] = []
        var fkNames: [String: String] = [:]
        let byName = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // TEXT, BLOB and JSON columns: MySQL keys only a prefix of them.
        let needsPrefix = { (t: ColumnType) in
            let c = t.classified
            return c.family == .text || c.family == .json || (c.family == .binary && c.maxBytes != nil)
        }
        for t in tables {
            let owner = t.qualifiedName
            var keys: [(String, [IndexPart])] = t.indexes.filter { !($0.method?.isMySQLKind ?? false) }.map { ($0.name ?? "", $0.columns) }
            if let pk = t.primaryKey { keys.append(("PRIMARY", pk.columns.map { IndexPart(column: $0) })) }
            for (name, parts) in keys {
                for p in parts where p.length == nil {
                    if let c = p.column.flatMap({ t.column($0) }), needsPrefix(c.type) {
                        refused.append(InvalidObject(.index, owner: owner, part: name, reason: "\(c.type.name.uppercased()) column \(c.name) in the key without a prefix length; MySQL refuses it (BLOB/TEXT column used in key specification without a key length)", schemaLabel: schema))
                    }
                }
            }
            for fk in t.foreignKeys {
                if let name = fk.name, !name.isEmpty {
                    if let other = fkNames[name.lowercased()] {
                        refused.append(InvalidObject(.foreignKey, owner: owner, part: name, reason: "a foreign key of this name is already on \(schema).\(other); MySQL refuses a second one (Duplicate foreign key constraint name)", schemaLabel: schema))
                        continue
                    } else { fkNames[name.lowercased()] = t.name }
                }
                guard fk.referencedSchema == nil, let target = byName[fk.referencedTable] else { continue }
                for (col, ref) in zip(fk.columns, fk.referencedColumns) {
                    guard let a = t.column(col), let b = target.column(ref) else { continue }
                    let sameInteger = a.type.name == b.type.name && a.type.unsigned == b.type.unsigned
                    if a.type.classified.family == .integer || b.type.classified.family == .integer, !sameInteger {
                        refused.append(InvalidObject(.foreignKey, owner: owner, part: fk.name ?? fk.columns.joined(separator: ","), reason: "\(col) \(a.type) references \(target.name).\(ref) \(b.type); MySQL refuses it (Foreign key constraint is incorrectly formed)", schemaLabel: schema))
                    }
                }
            }
        }
        return refused
    }

    /// `CREATE [OR REPLACE] [ALGORITHM=..] [DEFINER=..] [SQL SECURITY ..] VIEW name [(cols)] AS SELECT ...;` -> `SELECT ...`
    static func viewBody(_ sql: String) -> String {
        var lines = sql.split(separator: "\n", omittingEmptySubsequences: false).filter { !DDLText.trim($0).hasPrefix("--") }
        while let last = lines.last, DDLText.trim(last).isEmpty { lines.removeLast() }
        var text = DDLText.trim(lines.joined(separator: "\n"))
        if text.hasSuffix(";") { text.removeLast() }
        if text.uppercased().hasPrefix("CREATE"), let body = SQLHeader.viewBody(text) { return DDLText.trim(body) }
        return DDLText.trim(text)
    }

    /// A trigger as MariaDB reports it (`CREATE TRIGGER name TIMING EVENT ON table FOR EACH ROW body`):
    /// the header is rebuilt from the model's own names, so a schema named in the text does not matter;
    /// the body is kept as written.
    static func triggerSQL(_ sql: String, name: String, table: String, timing: String, event: String) -> String {
        let text = DDLText.trim(sql.hasSuffix(";") ? String(sql.dropLast()) : sql)
        guard let (rawHead, body) = SQLHeader.triggerBody(text) else { return text }
        var timing = timing.uppercased(), event = event.uppercased()
        let head = rawHead.uppercased()
        if timing.isEmpty { timing = head.contains("BEFORE") ? "BEFORE" : "AFTER" }
        if event.isEmpty { event = ["INSERT", "UPDATE", "DELETE"].first { head.contains($0) } ?? "INSERT" }
        return "CREATE TRIGGER `\(name)` \(timing) \(event) ON `\(table)` FOR EACH ROW \(DDLText.trim(body))"
    }
}
