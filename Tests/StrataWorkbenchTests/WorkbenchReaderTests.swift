import Foundation
import WorkbenchFixtures
import Strata
import StrataWorkbench
import StrataAuthoring
import Testing

@Suite("MySQL Workbench reader")
final class WorkbenchReaderTests {
    /// The test's scratch folder, removed when the test ends (Swift Testing makes an instance per test).
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("strata-mwb-" + UUID().uuidString).path

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    /// A path in a folder of its own inside the scratch folder.
    func temp(_ name: String) -> String {
        let dir = scratch + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/" + name
    }

    /// A rule is written into SQL after ON DELETE: one that names no action (a model edited by hand,
    /// or made to run SQL) is NO ACTION, with a warning naming the key, and never reaches SQL.
    @Test func aForeignKeyRuleThatIsNoActionIsWarnedAndNeverWritten() throws {
        var f = GRTFixture.shop()
        f.tables[0].fks[0].delete = "CASCADE; DROP TABLE customers; --"
        let path = temp("rule.mwb")
        try f.write(to: path)
        let (schema, warnings) = try WorkbenchReader(path: path).schema()
        #expect(schema.tables[0].foreignKeys.first?.onDelete == nil)
        #expect(warnings.contains { $0.contains("fk_orders_customer") && $0.contains("ON DELETE") && $0.contains("NO ACTION used") }, "\(warnings)")
        let sql = try Engine.mysql.dialect.createStatements(schema).joined(separator: "\n")
        #expect(!sql.contains("DROP TABLE"), "\(sql)")
    }

    @Test(arguments: [true, false], [false, true])
    func readsTheShopModel(zipped: Bool, oldSpelling: Bool) throws {
        let path = temp("shop.mwb")
        try GRTFixture.shop(oldSpelling: oldSpelling).write(to: path, zipped: zipped)
        let (schema, warnings) = try WorkbenchReader(path: path).schema()
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(schema.tables.map(\.name) == ["orders", "customers"])
        let orders = schema.tables[0], customers = schema.tables[1]
        #expect(orders.columns.map { "\($0.name) \($0.type)" } == ["id int", "customer_id int unsigned", "total decimal(10,2)", "state enum('new','paid','sent')", "paid tinyint(1)", "updated timestamp"])
        #expect(orders.column("id")?.autoIncrement == true && orders.column("id")?.nullable == false)
        #expect(orders.column("total")?.defaultValue == "0.00")
        #expect(orders.column("state")?.defaultValue == "'new'")
        #expect(orders.column("paid")?.defaultValue == "0")
        #expect(orders.column("updated")?.defaultValue == "CURRENT_TIMESTAMP" && orders.column("updated")?.onUpdate == "CURRENT_TIMESTAMP")
        #expect(orders.primaryKey == PrimaryKey(columns: ["id"]))
        #expect(orders.indexes == [Index(name: "fk_orders_customer_idx", columns: [IndexPart(column: "customer_id")])])
        // The forward link resolves; the model-only relationship is left out.
        #expect(orders.foreignKeys == [ForeignKey(name: "fk_orders_customer", columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"], onDelete: .cascade)])
        #expect(orders.comment == "customer orders")
        #expect(customers.primaryKey == PrimaryKey(columns: ["id"]))
        #expect(customers.column("name")?.comment == "full name")
        #expect(customers.column("email")?.defaultValue == nil && customers.column("email")?.nullable == true)
        #expect(customers.column("bio")?.type == ColumnType("tinytext"))
        #expect(customers.indexes == [Index(name: "ux_email", columns: [IndexPart(column: "email", length: 20)], unique: true)])
    }

    @Test func badInputIsAOneLineErrorNamingTheFile() throws {
        func message(_ write: (String) throws -> Void) -> String {
            let path = temp("bad.mwb")
            do { try write(path); _ = try WorkbenchReader(path: path).read(); return "no error" } catch { return "\(error)" }
        }
        #expect(message { try "hello".write(toFile: $0, atomically: true, encoding: .utf8) }.contains("neither a zip archive nor XML"))
        #expect(message { _ in } .hasSuffix("bad.mwb: no such file"))
        #expect(message { try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0xEF, count: 200)).write(to: URL(fileURLWithPath: $0)) }.contains("not a readable zip archive"))
        #expect(message { path in
            let f = GRTFixture.shop()
            try f.write(to: path)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            // Rename the member: a zip without document.mwb.xml.
            try Data(data.map { _ in 0 }.isEmpty ? [] : Array(data)).write(to: URL(fileURLWithPath: path))
            let text = String(decoding: data, as: UTF8.self)
            if text.contains("document.mwb.xml") {
                var bytes = Array(data)
                let needle = Array("document.mwb.xml".utf8)
                var i = 0
                while i + needle.count <= bytes.count {
                    if Array(bytes[i..<(i + needle.count)]) == needle { bytes[i] = UInt8(ascii: "x") }
                    i += 1
                }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
        }.contains("no document.mwb.xml"))
        let truncated = message { path in try String(GRTFixture.shop().xml.prefix(900)).write(toFile: path, atomically: true, encoding: .utf8) }
        #expect(truncated.contains("bad.mwb:") && truncated.contains("not a readable Workbench document"), "\(truncated)")
        // A byte changed inside the archive (here a table name, still valid XML) is caught by the CRC32.
        let damaged = message { path in
            try GRTFixture.shop().write(to: path, stored: true)
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let needle = Array(">customers<".utf8)
            if let i = (0...(bytes.count - needle.count)).first(where: { Array(bytes[$0..<($0 + needle.count)]) == needle }) { bytes[i + 1] = UInt8(ascii: "k") }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        #expect(damaged.contains("bad.mwb: document.mwb.xml cannot be unpacked"), "\(damaged)")
        // Malformed XML names the line and what is wrong there.
        let entity = message { try "<?xml version=\"1.0\"?>\n<data>\n<value type=\"string\" key=\"x\">a &bogus; b</value>\n</data>\n".write(toFile: $0, atomically: true, encoding: .utf8) }
        #expect(entity.contains("bad.mwb:3:") && entity.contains("unknown entity &bogus;"), "\(entity)")
        let mismatch = message { try "<?xml version=\"1.0\"?>\n<data>\n<value type=\"list\">\n</link>\n</data>\n".write(toFile: $0, atomically: true, encoding: .utf8) }
        #expect(mismatch.contains("bad.mwb:4:") && mismatch.contains("</link> closes <value>"), "\(mismatch)")
        let unclosed = message { try "<?xml version=\"1.0\"?>\n<data>\n<value type=\"list\">\n".write(toFile: $0, atomically: true, encoding: .utf8) }
        #expect(unclosed.contains("still open"), "\(unclosed)")
        var dupColumn = GRTFixture.shop()
        dupColumn.tables[1].columns[2].name = "name"
        #expect(message { try dupColumn.write(to: $0) }.contains("shop.customers has two columns named name"))
    }

    /// Two tables of one name: the first is used, as Workbench's own script does (CREATE TABLE IF NOT
    /// EXISTS skips the second), with a warning; a table without columns is left out with a warning.
    @Test func duplicateAndEmptyTablesAreWarningsNotFailures() throws {
        var dup = GRTFixture.shop()
        let firstName = dup.tables[0].name
        let firstColumns = dup.tables[0].columns.map(\.name)
        dup.tables[1].name = firstName
        let path = temp("dup.mwb")
        try dup.write(to: path)
        let (schema, warnings) = try WorkbenchReader(path: path).schema()
        #expect(schema.tables.map(\.name) == [firstName])
        #expect(schema.tables[0].columns.map(\.name) == firstColumns)
        #expect(warnings.contains { $0.contains("shop.\(firstName): a second table with this name; the first in the model is used") }, "\(warnings)")

        var empty = GRTFixture.shop()
        empty.tables[1].columns = []
        let emptyPath = temp("empty.mwb")
        try empty.write(to: emptyPath)
        let (s2, w2) = try WorkbenchReader(path: emptyPath).schema()
        #expect(s2.tables.map(\.name) == [empty.tables[0].name], "\(s2.tables.map(\.name))")
        #expect(w2.contains { $0.contains("shop.\(empty.tables[1].name): table without columns") }, "\(w2)")
        #expect(s2.tables.allSatisfy { $0.foreignKeys.allSatisfy { $0.referencedTable != empty.tables[1].name } })
    }

    @Test func doubtsAreWarningsThatNameTheObject() throws {
        var f = GRTFixture.shop()
        f.tables[1].columns[3].type = ""          // a column with no type
        f.tables[0].columns[4].userType = "gone"  // a user type that is not in the file
        let path = temp("doubt.mwb")
        try f.write(to: path)
        let (schema, warnings) = try WorkbenchReader(path: path).schema()
        #expect(schema.tables.count == 2)
        #expect(warnings.contains("shop.customers.bio: column without a type; typed as TEXT"), "\(warnings)")
        #expect(warnings.contains { $0.hasPrefix("shop.orders.paid: user type gone is not in the model") }, "\(warnings)")
    }

    /// A 2000-table model is 15 MB of XML, over libxml2's 10 MB lookup limit for a document parsed in one piece.
    @Test func largeModelsLoad() throws {
        let path = temp("large.mwb")
        try GRTFixture.generated(tables: 2000).write(to: path)
        let (schema, warnings) = try WorkbenchReader(path: path).schema()
        #expect(warnings.isEmpty)
        #expect(schema.tables.count == 2000 && schema.tables.last?.name == "t1999")
        #expect(schema.tables.last?.foreignKeys.first?.referencedTable == "t1998")
        #expect(schema.tables.reduce(0) { $0 + $1.columns.count } == 16000)
    }

    /// The models `make demo` uses are the workflow fixtures, written once (`STRATA_WRITE_EXAMPLES=1` writes them again).
    @Test func exampleModelsAreTheWorkflowFixtures() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/workbench").path
        for (name, fixture) in [("store-v1.mwb", GRTFixture.storeV1()), ("store-v2.mwb", GRTFixture.storeV2())] {
            if ProcessInfo.processInfo.environment["STRATA_WRITE_EXAMPLES"] == "1" { try fixture.write(to: dir + "/" + name) }
            let fresh = temp(name)
            try fixture.write(to: fresh)
            let (example, warnings) = try WorkbenchReader(path: dir + "/" + name).schema()
            #expect(warnings.isEmpty)
            #expect(example == (try WorkbenchReader(path: fresh).schema().0), "\(name) differs from the fixture")
        }
    }

    // MARK: the real samples in ../shared, when it is there

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/workbench-samples").path

    /// Rows of SOURCES.tsv: file, tables, columns.
    static let expected: [(file: String, tables: Int, columns: Int)] = {
        guard let text = try? String(contentsOfFile: samples + "/SOURCES.tsv", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count > 10, let t = Int(f[8]), let c = Int(f[9]) else { return nil }
            return (f[0], t, c)
        }
    }()

    /// sakila as its file says (read from the XML with another parser): types with flags, lengths,
    /// precision and ENUM/SET values, defaults, keys, indexes, foreign key rules, triggers and routines.
    @Test func sakilaReadsAsTheFileSays() throws {
        let path = Self.samples + "/01_mysql_mysql-workbench_sakila_full.mwb"
        guard FileManager.default.fileExists(atPath: path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(path) is missing in CI") }
            return
        }
        let (schema, warnings) = try WorkbenchReader(path: path).schema()
        #expect(warnings.isEmpty, "\(warnings)")
        let film = try #require(schema.table(QualifiedName("film")))
        #expect(film.columns.map { "\($0.name) \($0.type)\($0.nullable ? "" : " not null")" } == [
            "film_id smallint unsigned not null", "title varchar(255) not null", "description text", "release_year year(4)",
            "language_id tinyint unsigned not null", "original_language_id tinyint unsigned", "rental_duration tinyint unsigned not null",
            "rental_rate decimal(4,2) not null", "length smallint unsigned", "replacement_cost decimal(5,2) not null",
            "rating enum('G','PG','PG-13','R','NC-17')", "special_features set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')",
            "last_update timestamp not null"])
        #expect(film.columns.map { $0.defaultValue ?? "-" } == ["-", "-", "-", "-", "-", "-", "3", "4.99", "-", "19.99", "'G'", "-", "CURRENT_TIMESTAMP"])
        #expect(film.column("film_id")?.autoIncrement == true)
        #expect(film.primaryKey?.columns == ["film_id"])
        #expect(Set(film.indexes.map { $0.name ?? "" }) == ["idx_title", "idx_fk_language_id", "idx_fk_original_language_id"])
        // The file says utf8, which MariaDB calls utf8mb3, with its default collation.
        #expect(film.options.charset == "utf8mb3" && film.options.collation == "utf8mb3_general_ci", "\(film.options)")
        #expect(film.foreignKeys.map { "\($0.name ?? "") \($0.referencedTable) \($0.onDelete ?? .noAction) \($0.onUpdate ?? .noAction)" }.sorted()
                == ["fk_film_language language RESTRICT CASCADE", "fk_film_language_original language RESTRICT CASCADE"])
        #expect(film.triggers.map(\.name).sorted() == ["del_film", "ins_film", "upd_film"])
        let payment = try #require(schema.table(QualifiedName("payment")))
        #expect(payment.column("rental_id")?.nullable == true && payment.column("rental_id")?.defaultValue == nil)
        #expect(payment.column("last_update")?.nullable == true && payment.column("last_update")?.defaultValue == "CURRENT_TIMESTAMP")
        let rentalFK = payment.foreignKeys.first { $0.name == "fk_payment_rental" }
        #expect(rentalFK?.referencedColumns == ["rental_id"] && rentalFK?.onDelete == .setNull && rentalFK?.onUpdate == .cascade)
        #expect(payment.indexes.contains { $0.name == "fk_payment_rental_idx" && $0.columns.map(\.column) == ["rental_id"] })
        #expect(schema.views.map(\.name).sorted() == ["actor_info", "customer_list", "film_list", "nicer_but_slower_film_list",
                                                     "sales_by_film_category", "sales_by_store", "staff_list"])
        #expect(schema.routines.map { "\($0.kind.rawValue) \($0.name)" }.sorted() == [
            "FUNCTION get_customer_balance", "FUNCTION inventory_held_by_customer", "FUNCTION inventory_in_stock",
            "PROCEDURE film_in_stock", "PROCEDURE film_not_in_stock", "PROCEDURE rewards_report"].sorted())
    }

    @Test func everySampleLoadsWithTheTablesAndColumnsItHas() throws {
        if Self.expected.isEmpty && ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("../shared/workbench-samples is missing in CI")
        }
        for sample in Self.expected {
            let path = Self.samples + "/" + sample.file
            do {
                let model = try WorkbenchReader(path: path).read()
                let tables = model.schemas.reduce(0) { $0 + $1.tables.count }
                let columns = model.schemas.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.columns.count } }
                #expect(tables == sample.tables, "\(sample.file): \(tables) tables")
                #expect(columns == sample.columns, "\(sample.file): \(columns) columns")
            } catch {
                // The linter's test model has duplicate column names on purpose: that is reported.
                #expect(sample.file.contains("lint") && "\(error)".contains("has two columns named"), "\(sample.file): \(error)")
            }
        }
    }
}

@Suite("Hostile Workbench files")
struct HostileWorkbenchTests {
    @Test func deeplyNestedXMLIsRefusedNotACrash() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("strata-deep-\(UUID().uuidString).mwb.xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let depth = 100_000
        let xml = "<?xml version=\"1.0\"?>\n<data grt_format=\"2.0\">" + String(repeating: "<value type=\"list\">", count: depth)
            + String(repeating: "</value>", count: depth) + "</data>\n"
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StrataError.self) { try WorkbenchReader(path: path).read() }
        do { _ = try WorkbenchReader(path: path).read() } catch let e as StrataError {
            #expect(e.description.contains("nested more than 256 levels") && e.description.contains(path), "\(e)")
            #expect(e.exitCode == 2)
        }
    }
}
