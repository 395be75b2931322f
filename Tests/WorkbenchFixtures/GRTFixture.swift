import Foundation
import ZIPFoundation

/// A tiny writer of Workbench's GRT XML, so each edge case has a minimal model file.
public struct GRTFixture {
    public init() {}
    public struct Col {
        public var id, name, type: String
        public var notNull: Bool, length, precision, scale: Int
        public var defaultValue: String, flags: [String], autoIncrement: Bool, params: String, userType: String?, comment: String
        public init(id: String, name: String, type: String, notNull: Bool = false, length: Int = -1, precision: Int = -1, scale: Int = -1,
                    defaultValue: String = "", flags: [String] = [], autoIncrement: Bool = false, params: String = "", userType: String? = nil, comment: String = "") {
            (self.id, self.name, self.type, self.notNull, self.length, self.precision, self.scale) = (id, name, type, notNull, length, precision, scale)
            (self.defaultValue, self.flags, self.autoIncrement, self.params, self.userType, self.comment) = (defaultValue, flags, autoIncrement, params, userType, comment)
        }
    }
    public struct Idx {
        public var id, name, kind: String, columns: [String], lengths: [Int]
        public init(id: String, name: String, kind: String, columns: [String], lengths: [Int] = []) {
            (self.id, self.name, self.kind, self.columns, self.lengths) = (id, name, kind, columns, lengths)
        }
    }
    public struct FK {
        public var id, name: String, columns: [String], table: String, refColumns: [String]
        public var delete, update: String, modelOnly, oldSpelling: Bool
        public init(id: String, name: String, columns: [String], table: String, refColumns: [String], delete: String = "NO ACTION", update: String = "NO ACTION",
                    modelOnly: Bool = false, oldSpelling: Bool = false) {
            (self.id, self.name, self.columns, self.table, self.refColumns) = (id, name, columns, table, refColumns)
            (self.delete, self.update, self.modelOnly, self.oldSpelling) = (delete, update, modelOnly, oldSpelling)
        }
    }
    public struct Tab {
        public var id, name: String, columns: [Col], indices: [Idx], fks: [FK], pk: String?, engine: String, comment: String
        public init(id: String, name: String, columns: [Col], indices: [Idx] = [], fks: [FK] = [], pk: String? = nil, engine: String = "InnoDB", comment: String = "") {
            (self.id, self.name, self.columns, self.indices, self.fks, self.pk, self.engine, self.comment) = (id, name, columns, indices, fks, pk, engine, comment)
        }
    }

    public var schema = "shop"
    public var tables: [Tab] = []
    public var userTypes: [(id: String, name: String, sql: String)] = []
    /// Views as Workbench keeps them: the whole `CREATE VIEW` statement.
    public var views: [(id: String, name: String, sql: String)] = []
    public var version = "1.4.4"

    func esc(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
    func str(_ key: String, _ v: String) -> String { "<value type=\"string\" key=\"\(key)\">\(esc(v))</value>" }
    func int(_ key: String, _ v: Int) -> String { "<value type=\"int\" key=\"\(key)\">\(v)</value>" }

    public var xml: String {
        var x = "<?xml version=\"1.0\"?>\n<data grt_format=\"2.0\" document_type=\"MySQL Workbench Model\" version=\"\(version)\">\n"
        x += "<value type=\"object\" struct-name=\"workbench.Document\" id=\"doc\"><value type=\"list\" content-type=\"object\" key=\"physicalModels\">"
        x += "<value type=\"object\" struct-name=\"workbench.physical.Model\" id=\"pm\"><value type=\"object\" struct-name=\"db.mysql.Catalog\" id=\"cat\" key=\"catalog\">"
        x += "<value type=\"list\" content-type=\"object\" key=\"userDatatypes\">"
        for u in userTypes { x += "<value type=\"object\" struct-name=\"db.UserDatatype\" id=\"\(u.id)\">\(str("name", u.name))\(str("sqlDefinition", u.sql))\(str("flags", ""))</value>" }
        x += "</value><value type=\"list\" content-type=\"object\" key=\"schemata\"><value type=\"object\" struct-name=\"db.mysql.Schema\" id=\"sch\">"
        x += str("name", schema) + str("defaultCharacterSetName", "utf8mb4") + "<value type=\"list\" content-type=\"object\" key=\"tables\">"
        for t in tables {
            x += "<value type=\"object\" struct-name=\"db.mysql.Table\" id=\"\(t.id)\">" + str("name", t.name) + str("tableEngine", t.engine) + str("comment", t.comment)
            x += "<link type=\"object\" key=\"owner\">sch</link>"
            if let pk = t.pk { x += "<link type=\"object\" struct-name=\"db.mysql.Index\" key=\"primaryKey\">\(pk)</link>" }
            x += "<value type=\"list\" content-type=\"object\" key=\"columns\">"
            for c in t.columns {
                x += "<value type=\"object\" struct-name=\"db.mysql.Column\" id=\"\(c.id)\">" + str("name", c.name) + int("isNotNull", c.notNull ? 1 : 0)
                x += int("length", c.length) + int("precision", c.precision) + int("scale", c.scale) + str("defaultValue", c.defaultValue)
                x += int("autoIncrement", c.autoIncrement ? 1 : 0) + str("datatypeExplicitParams", c.params) + str("comment", c.comment)
                x += "<value type=\"list\" content-type=\"string\" key=\"flags\">" + c.flags.map { "<value type=\"string\">\($0)</value>" }.joined() + "</value>"
                if let u = c.userType { x += "<link type=\"object\" struct-name=\"db.UserDatatype\" key=\"userType\">\(u)</link>" }
                else if !c.type.isEmpty { x += "<link type=\"object\" struct-name=\"db.SimpleDatatype\" key=\"simpleType\">com.mysql.rdbms.mysql.datatype.\(c.type)</link>" }
                x += "</value>"
            }
            x += "</value><value type=\"list\" content-type=\"object\" key=\"indices\">"
            for i in t.indices {
                x += "<value type=\"object\" struct-name=\"db.mysql.Index\" id=\"\(i.id)\">" + str("name", i.name) + str("indexType", i.kind) + "<value type=\"list\" content-type=\"object\" key=\"columns\">"
                for (n, c) in i.columns.enumerated() {
                    x += "<value type=\"object\" struct-name=\"db.mysql.IndexColumn\" id=\"\(i.id)-\(n)\"><link type=\"object\" key=\"referencedColumn\">\(c)</link>" + int("columnLength", n < i.lengths.count ? i.lengths[n] : 0) + int("descend", 0) + "</value>"
                }
                x += "</value></value>"
            }
            x += "</value><value type=\"list\" content-type=\"object\" key=\"foreignKeys\">"
            for f in t.fks {
                let ref = f.oldSpelling ? "refered" : "referenced"
                x += "<value type=\"object\" struct-name=\"db.mysql.ForeignKey\" id=\"\(f.id)\">" + str("name", f.name)
                x += "<link type=\"object\" struct-name=\"db.mysql.Table\" key=\"\(ref)Table\">\(f.table)</link>"
                x += "<value type=\"list\" content-type=\"object\" key=\"columns\">" + f.columns.map { "<link type=\"object\">\($0)</link>" }.joined() + "</value>"
                x += "<value type=\"list\" content-type=\"object\" key=\"\(ref)Columns\">" + f.refColumns.map { "<link type=\"object\">\($0)</link>" }.joined() + "</value>"
                x += str("deleteRule", f.delete) + str("updateRule", f.update) + int("modelOnly", f.modelOnly ? 1 : 0) + "</value>"
            }
            x += "</value></value>"
        }
        x += "</value><value type=\"list\" content-type=\"object\" key=\"views\">"
        for v in views {
            x += "<value type=\"object\" struct-name=\"db.mysql.View\" id=\"\(v.id)\">" + str("name", v.name) + str("sqlDefinition", v.sql) + "<link type=\"object\" key=\"owner\">sch</link></value>"
        }
        x += "</value></value></value></value></value></value></value>\n</data>\n"
        return x
    }

    /// Writes the model as a zip (`document.mwb.xml` plus a `lock` member, as Workbench does) or as bare XML.
    /// `stored` writes the document uncompressed (zip method 0), so a test can alter its bytes in place.
    public func write(to path: String, zipped: Bool = true, stored: Bool = false) throws {
        try? FileManager.default.removeItem(atPath: path)
        guard zipped else { try xml.write(toFile: path, atomically: true, encoding: .utf8); return }
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "lock", type: .file, uncompressedSize: Int64(4), provider: { _, _ in Data("1234".utf8) })
        try archive.addEntry(with: "document.mwb.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: stored ? .none : .deflate,
                             provider: { pos, size in data.subdata(in: Int(pos)..<Int(pos) + size) })
    }

    /// A small shop model: forward FK link, user type, ON UPDATE in the default, ENUM params, prefix index, old spellings optional.
    public static func shop(oldSpelling: Bool = false) -> GRTFixture {
        var f = GRTFixture()
        f.userTypes = [("ut-bool", "BOOL", "TINYINT(1)")]
        // orders comes first and references customers, defined later (a forward link).
        f.tables = [
            Tab(id: "t-orders", name: "orders", columns: [
                Col(id: "o-id", name: "id", type: "int", notNull: true, precision: 11, autoIncrement: true),
                Col(id: "o-cust", name: "customer_id", type: "int", notNull: true, flags: ["UNSIGNED"]),
                Col(id: "o-total", name: "total", type: "decimal", precision: 10, scale: 2, defaultValue: "'0'"),
                Col(id: "o-state", name: "state", type: "enum", notNull: true, defaultValue: "'new'", params: "('new', 'paid','sent')"),
                Col(id: "o-paid", name: "paid", type: "", defaultValue: "FALSE", userType: "ut-bool"),
                Col(id: "o-upd", name: "updated", type: "timestamp_f", notNull: true, defaultValue: "CURRENT_TIMESTAMP() ON UPDATE CURRENT_TIMESTAMP()"),
            ], indices: [Idx(id: "o-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["o-id"]),
                         Idx(id: "o-fk", name: "fk_orders_customer_idx", kind: oldSpelling ? "KEY" : "INDEX", columns: ["o-cust"])],
                fks: [FK(id: "fk1", name: "fk_orders_customer", columns: ["o-cust"], table: "t-cust", refColumns: ["c-id"], delete: "CASCADE", oldSpelling: oldSpelling),
                      FK(id: "fk2", name: "fk_doc_only", columns: ["o-cust"], table: "t-cust", refColumns: ["c-id"], modelOnly: true)],
                pk: "o-pk", comment: "customer orders"),
            Tab(id: "t-cust", name: "customers", columns: [
                Col(id: "c-id", name: "id", type: "int", notNull: true, flags: ["UNSIGNED"]),
                Col(id: "c-name", name: "name", type: "varchar", notNull: true, length: 80, comment: "full name"),
                Col(id: "c-mail", name: "email", type: "varchar", length: 200, defaultValue: "NULL"),
                Col(id: "c-bio", name: "bio", type: "text", length: 200),
            ], indices: [Idx(id: "c-pk", name: "PRIMARY", kind: oldSpelling ? "PRIMARY KEY" : "PRIMARY", columns: ["c-id"]),
                         Idx(id: "c-ux", name: "ux_email", kind: oldSpelling ? "UNIQUE KEY" : "UNIQUE", columns: ["c-mail"], lengths: [20])],
                pk: oldSpelling ? nil : "c-pk"),
        ]
        return f
    }
}

extension GRTFixture {
    /// Version 1 of the workflow model: customers, orders referencing them, and a legacy table.
    public static func storeV1() -> GRTFixture {
        var f = GRTFixture()
        f.schema = "store"
        f.tables = [
            Tab(id: "t-cust", name: "customers", columns: [
                Col(id: "c-id", name: "id", type: "int", notNull: true, flags: ["UNSIGNED"], autoIncrement: true),
                Col(id: "c-name", name: "name", type: "varchar", notNull: true, length: 80),
                Col(id: "c-mail", name: "email", type: "varchar", length: 100),
            ], indices: [Idx(id: "c-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["c-id"]),
                         Idx(id: "c-ux", name: "ux_email", kind: "UNIQUE", columns: ["c-mail"])], pk: "c-pk"),
            Tab(id: "t-ord", name: "orders", columns: [
                Col(id: "o-id", name: "id", type: "int", notNull: true, autoIncrement: true),
                Col(id: "o-cust", name: "customer_id", type: "int", notNull: true, flags: ["UNSIGNED"]),
                Col(id: "o-total", name: "total", type: "decimal", notNull: true, precision: 8, scale: 2, defaultValue: "0"),
            ], indices: [Idx(id: "o-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["o-id"]),
                         Idx(id: "o-ix", name: "idx_customer", kind: "INDEX", columns: ["o-cust"])],
                fks: [FK(id: "fk-cust", name: "fk_orders_customer", columns: ["o-cust"], table: "t-cust", refColumns: ["c-id"], delete: "CASCADE")],
                pk: "o-pk"),
            Tab(id: "t-legacy", name: "legacy_notes", columns: [
                Col(id: "l-id", name: "id", type: "int", notNull: true),
                Col(id: "l-body", name: "body", type: "text"),
            ], indices: [Idx(id: "l-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["l-id"])], pk: "l-pk"),
        ]
        return f
    }

    /// Version 2, edited as a designer would in Workbench (the ids stay): customers renamed clients,
    /// name renamed full_name, email widened, phone added; orders.total widened, a product column with
    /// an index and a foreign key to a new products table, the customer index renamed; legacy_notes dropped.
    public static func storeV2() -> GRTFixture {
        var f = storeV1()
        f.tables[0].name = "clients"
        f.tables[0].columns[1].name = "full_name"
        f.tables[0].columns[2].length = 200
        f.tables[0].columns.append(Col(id: "c-phone", name: "phone", type: "varchar", length: 30))
        f.tables[1].columns[2].precision = 12
        f.tables[1].columns.append(Col(id: "o-prod", name: "product_id", type: "int"))
        f.tables[1].indices[1].name = "idx_orders_customer"
        f.tables[1].indices.append(Idx(id: "o-ixp", name: "idx_product", kind: "INDEX", columns: ["o-prod"]))
        f.tables[1].fks.append(FK(id: "fk-prod", name: "fk_orders_product", columns: ["o-prod"], table: "t-prod", refColumns: ["p-id"], delete: "SET NULL"))
        f.tables[2] = Tab(id: "t-prod", name: "products", columns: [
            Col(id: "p-id", name: "id", type: "int", notNull: true),
            Col(id: "p-title", name: "title", type: "varchar", notNull: true, length: 100),
        ], indices: [Idx(id: "p-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["p-id"])], pk: "p-pk")
        return f
    }
}

extension GRTFixture {
    /// N tables of 8 columns, a primary key, two indexes and a foreign key to the previous table.
    public static func generated(tables n: Int) -> GRTFixture {
        var f = GRTFixture()
        f.schema = "bench"
        for i in 0..<n {
            let p = "t\(i)"
            var cols = [Col(id: "\(p)-id", name: "id", type: "int", notNull: true, autoIncrement: true),
                        Col(id: "\(p)-name", name: "name", type: "varchar", notNull: true, length: 80),
                        Col(id: "\(p)-code", name: "code", type: "varchar", length: 20),
                        Col(id: "\(p)-qty", name: "qty", type: "int", defaultValue: "0"),
                        Col(id: "\(p)-price", name: "price", type: "decimal", precision: 10, scale: 2),
                        Col(id: "\(p)-note", name: "note", type: "text"),
                        Col(id: "\(p)-at", name: "created_at", type: "timestamp", defaultValue: "CURRENT_TIMESTAMP"),
                        Col(id: "\(p)-parent", name: "parent_id", type: "int")]
            cols[7].comment = "the previous table"
            var t = Tab(id: p, name: p, columns: cols, indices: [
                .init(id: "\(p)-pk", name: "PRIMARY", kind: "PRIMARY", columns: ["\(p)-id"]),
                .init(id: "\(p)-ix", name: "ix_\(p)_name", kind: "INDEX", columns: ["\(p)-name"]),
                .init(id: "\(p)-ux", name: "ux_\(p)_code", kind: "UNIQUE", columns: ["\(p)-code"]),
            ], pk: "\(p)-pk")
            if i > 0 { t.fks = [.init(id: "\(p)-fk", name: "fk_\(p)_parent", columns: ["\(p)-parent"], table: "t\(i - 1)", refColumns: ["t\(i - 1)-id"])] }
            f.tables.append(t)
        }
        return f
    }
}
