import Foundation
import Strata
import StrataCodegen
import Testing

/// The generated code for small schemas, compared with reviewed files in Snapshots/
/// (`STRATA_UPDATE_SNAPSHOTS=1 swift test --filter Codegen` writes them again; review the diff).
@Suite("Model code generation")
struct CodegenTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path

    func generated(_ schema: Schema, _ format: CodegenFormat, source: String = "fixture") throws -> String {
        let files = try Codegen.generate(schema, format: format, source: source, output: "out")
        #expect(files.count == 1)
        return files[0].contents
    }

    func matchesSnapshot(_ text: String, _ name: String) throws {
        let path = Self.snapshots + "/" + name
        if ProcessInfo.processInfo.environment["STRATA_UPDATE_SNAPSHOTS"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its snapshot; first differing line: \(Self.firstDifference(text, expected))")
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false), lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, (x, y)) in zip(la, lb).enumerated() where x != y { return "line \(n + 1): got '\(x)', expected '\(y)'" }
        return "lengths \(la.count) and \(lb.count)"
    }

    @Test(arguments: CodegenFormat.allCases)
    func snapshots(_ format: CodegenFormat) throws {
        let ext = format == .sqlalchemy ? "py" : "swift"
        for (name, schema) in [("mysql-types", Fixtures.mysqlTypes), ("postgres-types", Fixtures.postgresTypes), ("sqlite-types", Fixtures.sqliteTypes),
                               ("shop", Fixtures.shop), ("clashes", Fixtures.clashes)] {
            try matchesSnapshot(try generated(schema, format), "\(name).\(format.rawValue).\(ext)")
        }
    }

    @Test func typeMapping() throws {
        let grdb = try generated(Fixtures.mysqlTypes, .grdb)
        for line in ["public var id: UInt64?", "public var flag: Bool", "public var tiny: Int8", "public var tinyU: UInt8", "public var small: Int16",
                     "public var medium: Int32", "public var regular: Int32?", "public var regularU: UInt32", "public var big: Int64",
                     "public var price: Decimal", "public var ratio: Float?", "public var score: Double", "public var code: String",
                     "public var body: String?", "public var photo: Data?", "public var bornOn: Date?", "public var createdAt: Date",
                     "public var opensAt: String?", "public var vintage: Int16?", "public var state: State", "public var tags: String?",
                     "public var bitFlag: Bool", "public var uuidBin: Data?"] {
            #expect(grdb.contains(line), "missing: \(line)")
        }
        // ENUM values become cases, with the raw value where the name differs.
        #expect(grdb.contains("case inProgress = \"in-progress\"") && grdb.contains("case empty = \"\"") && grdb.contains("case done = \"Done\""))
        // Comments become doc comments.
        #expect(grdb.contains("/// in euros\n    public var price: Decimal") && grdb.contains("/// Every MySQL type\n/// the generator maps."))
        let pg = try generated(Fixtures.postgresTypes, .codable)
        for line in ["public var id: UUID", "public var at: Date", "public var done: Bool", "public var payload: Data?", "public var labels: String?",
                     "public var mood: Mood", "public var amount: Decimal", "public var realValue: Float"] {
            #expect(pg.contains(line), "missing: \(line)")
        }
        #expect(try generated(Fixtures.sqliteTypes, .codable).contains("public var id: Int64"))
        let py = try generated(Fixtures.mysqlTypes, .sqlalchemy)
        for line in ["id: Mapped[int] = mapped_column(BigInteger, primary_key=True)", "flag: Mapped[bool] = mapped_column(Boolean)",
                     "price: Mapped[decimal.Decimal] = mapped_column(Numeric(10, 2), comment='in euros')",
                     "state: Mapped[str] = mapped_column(Enum('new', 'in-progress', '', 'Done', name='all_types_state'))"] {
            #expect(py.contains(line), "missing: \(line)")
        }
    }

    @Test func relations() throws {
        let grdb = try generated(Fixtures.shop, .grdb)
        // Two keys from orders to addresses: named by their columns on both sides.
        #expect(grdb.contains("public static let billingAddress = belongsTo(Address.self, key: \"billingAddress\", using: ForeignKey([\"billing_address_id\"], to: [\"id\"]))"))
        #expect(grdb.contains("public static let shippingAddressOrders = hasMany(Order.self"))
        // A self reference, and many-to-many through the pure association table.
        #expect(grdb.contains("public static let parentOrder = belongsTo(Order.self") && grdb.contains("public static let parentOrderOrders = hasMany(Order.self"))
        #expect(grdb.contains("public static let tags = hasMany(Tag.self, through: productTags, using: ProductTag.tag, key: \"tags\")"))
        let fluent = try generated(Fixtures.shop, .fluent)
        #expect(fluent.contains("@Parent(key: \"customer_id\") public var customer: Customer"))
        #expect(fluent.contains("@OptionalParent(key: \"shipping_address_id\") public var shippingAddress: Address?"))
        #expect(fluent.contains("@Children(for: \\.$customer) public var orders: [Order]"))
        #expect(fluent.contains("@ID(custom: \"sku\", generatedBy: .user) public var id: String?"))
        #expect(fluent.contains("@CompositeID public var id: IDValue?") && fluent.contains("@Field(key: \"line_no\") public var lineNo: Int16"))
        #expect(fluent.contains("the table has no primary key, which a Fluent model needs"))
        #expect(fluent.contains("@Siblings(through: ProductSupplier.self, from: \\.$product, to: \\.$supplier) public var suppliers: [Supplier]"))
        #expect(grdb.contains("public static let suppliers = hasMany(Supplier.self, through: productSuppliers, using: ProductSupplier.supplier, key: \"suppliers\")"))
        let py = try generated(Fixtures.shop, .sqlalchemy)
        #expect(py.contains("t_product_tags = Table(") && py.contains("relationship(secondary='product_tags', back_populates='products')"))
        #expect(py.contains("parent_order: Mapped[Optional[Order]] = relationship(back_populates='parent_order_orders', foreign_keys=[parent_order_id], remote_side=[id])"))
        #expect(py.contains("t_audit_log = Table("))
        #expect(py.contains("PrimaryKeyConstraint('tag_id', 'product_sku')"))
    }

    @Test func namesThatClash() throws {
        let swift = try generated(Fixtures.clashes, .grdb)
        #expect(swift.contains("public struct Order:") && swift.contains("public static let databaseTableName = \"order\""))
        #expect(swift.contains("public var `class`: String") && swift.contains("case `class`\n"))
        #expect(swift.contains("public var selfValue: Int32?") && swift.contains("case selfValue = \"self\""))
        #expect(swift.contains("public var type: Int32?") && swift.contains("case type = \"Type\""))
        #expect(swift.contains("public var createdAt: Date") && swift.contains("public var createdAt2: Date") && swift.contains("case createdAt2 = \"createdAt\""))
        #expect(swift.contains("public var _2fa: Bool"))
        // A table named columns would shadow GRDB's Column type; user and users are two types.
        #expect(swift.contains("public struct ColumnRecord:") && swift.contains("public struct User:") && swift.contains("public struct User2:"))
        // Two keys to one table, and a relation that would take a column's name.
        #expect(swift.contains("public static let sender = belongsTo(User2.self") && swift.contains("public static let recipientMessages = hasMany(Message.self"))
        let py = try generated(Fixtures.clashes, .sqlalchemy)
        #expect(py.contains("class_: Mapped[str] = mapped_column('class', String(10))") && py.contains("from_: Mapped[Optional[int]] = mapped_column('from', Integer)"))
        #expect(py.contains("_2fa: Mapped[bool] = mapped_column('2fa', Boolean)"))
        #expect(py.contains("class Order(Base):\n    __tablename__ = 'order'"))
    }

    @Test func outputIsDeterministicAndWritesOnlyWhatChanged() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("strata-codegen-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = try Codegen.generate(Fixtures.shop, format: .grdb, source: "x", output: dir, split: true)
        let b = try Codegen.generate(Fixtures.shop, format: .grdb, source: "x", output: dir, split: true)
        #expect(a == b)
        #expect(a.map { ($0.path as NSString).lastPathComponent }.sorted() == ["Address.swift", "AuditLog.swift", "Customer.swift", "Order.swift",
                                                                              "OrderLine.swift", "Product.swift", "ProductSupplier.swift", "ProductTag.swift",
                                                                              "Supplier.swift", "Tag.swift"])
        #expect(try Codegen.write(a).count == 10)
        let before = try FileManager.default.attributesOfItem(atPath: a[0].path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try Codegen.write(b).isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: a[0].path)[.modificationDate] as? Date == before)
        // One changed table rewrites one file.
        var changed = Fixtures.shop
        changed.tables[0].columns.append(Column(name: "email", type: ColumnType("varchar", length: 100)))
        let written = try Codegen.write(try Codegen.generate(changed, format: .grdb, source: "x", output: dir, split: true))
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["Customer.swift"])
    }

    /// A write that cannot finish names the path and leaves every existing file as it was: here the
    /// second of two files would go under a regular file, so the first is not replaced either.
    @Test func aFailedWriteChangesNoFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("strata-codegen-" + UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/Models.swift", atomically: true, encoding: .utf8)
        try "a file".write(toFile: dir + "/blocker", atomically: true, encoding: .utf8)
        let files = [GeneratedFile(path: dir + "/Models.swift", contents: "new"), GeneratedFile(path: dir + "/blocker/Other.swift", contents: "x")]
        do {
            _ = try Codegen.write(files)
            Issue.record("the write should fail")
        } catch let error as StrataError {
            #expect(error.description.hasPrefix("cannot write \(dir)/blocker/Other.swift: ") && error.exitCode == 2, "\(error)")
        }
        #expect(try String(contentsOfFile: dir + "/Models.swift", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["Models.swift", "blocker"])
    }

    @Test func headersNameTheSourceWithoutItsPassword() throws {
        let text = try generated(Fixtures.sqliteTypes, .grdb, source: "postgresql://app:s3cret@db.example.com/app")
        #expect(text.hasPrefix("// Generated by strata codegen (grdb) from postgresql://app:***@db.example.com/app.\n"))
        #expect(!text.contains("s3cret"))
    }

    @Test func badRequestsAreUsageErrors() {
        #expect(throws: StrataError.self) { try Codegen.generate(Fixtures.shop, format: .grdb, source: "x", tables: ["nope"]) }
        #expect(throws: StrataError.self) { try Codegen.generate(Fixtures.shop, format: .grdb, source: "x", output: "Models.swift", split: true) }
        #expect(throws: StrataError.self) { try Codegen.generate(Fixtures.shop, format: .sqlalchemy, source: "x", split: true) }
        #expect(throws: StrataError.self) { try Codegen.generate(Fixtures.shop, format: .grdb, source: "x", namespace: "9bad") }
        let only = try? Codegen.generate(Fixtures.shop, format: .codable, source: "x", tables: ["customers", "orders"])
        #expect(only?.first?.contents.contains("struct Customer") == true && only?.first?.contents.contains("struct Product") == false)
    }
}
