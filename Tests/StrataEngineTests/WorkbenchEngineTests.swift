import Foundation
import StrataKit
import Testing
import StrataTestSupport

/// Workbench models applied to an empty MariaDB through autogenerate and upgrade, then checked
/// against the model: no drift. Models with several schemas are applied a schema at a time.
/// The samples left out are models MySQL itself refuses (each refusal is a warning tested below),
/// or cannot be built on this server: a view naming `table1` for `Table1`, which only a
/// case-insensitive server accepts (10), a trigger reading a column its table lacks (24#cenozo),
/// a foreign key into another schema's database (24#app).
@Suite("Workbench models on MariaDB")
struct WorkbenchEngineTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/workbench-samples").path

    static let converging = [
        "01_mysql_mysql-workbench_sakila_full.mwb", "02_mysql_mysql-workbench_basic_schema_report_test_model.mwb#sakila",
        "03_mysql_mysql-workbench_model.mwb", "04_mysql_mysql-workbench_test_model_xml.mwb", "05_mysql_mysql-workbench_all_objects.mwb",
        "06_mysql_mysql-workbench_sakila.mwb#mydb", "06_mysql_mysql-workbench_sakila.mwb#sakila",
        "08_mysql_mysql-workbench_empty_model_with_comment.mwb", "09_mysql_mysql-workbench_file_with_unicode.mwb",
        "11_mysql_mysql-workbench_model.mwb",
        "12_mysql_mysql-workbench_schema_rename.mwb", "13_mysql-workbench_mwb-dom_sakila_full.mwb",
        "14_mysql-workbench-schema-exporter_mysql-workbench-schema-exporter_test.mwb#mydb",
        "14_mysql-workbench-schema-exporter_mysql-workbench-schema-exporter_test.mwb#mydb2",
        "15_mysql-workbench-schema-exporter_mysql-workbench-schema-exporter_sakila.mwb",
        "16_reneeb_MySQL-Workbench-Parser_actions.mwb", "17_reneeb_MySQL-Workbench-Parser_comment.mwb",
        "18_reneeb_MySQL-Workbench-Parser_date.mwb", "20_reneeb_MySQL-Workbench-Parser_index.mwb",
        "22_reneeb_MySQL-Workbench-Parser_test.mwb", "23_reneeb_MySQL-Workbench-Parser_view.mwb",
    ]

    /// Models MySQL would refuse: `inspect` warns, naming the object and what the server says;
    /// `autogenerate` lists them and stops (exit 2) before writing; `--skip-invalid` leaves them out,
    /// and the rest of the model then applies to MariaDB.
    static let refused = [
        ("02_mysql_mysql-workbench_basic_schema_report_test_model.mwb#mydb", "mydb.shoporder_product.FKproduct: foreign key: a foreign key of this name is already on mydb.product_part; MySQL refuses a second one"),
        ("07_mysql_mysql-workbench_identifying_relationship.mwb", "mydb.table2.PRIMARY: index: TEXT column idtable2 in the key without a prefix length; MySQL refuses it"),
        ("19_reneeb_MySQL-Workbench-Parser_flags.mwb", "mydb.user_role.fk_Gefa_User_has_Role_Role1: foreign key: RoleID int references role.RoleID int unsigned zerofill; MySQL refuses it"),
        ("29_nikolailic0529_easyPortal-API_database.mwb", "organizations.type: column: VARCHAR without a length; MySQL refuses it"),
    ]

    @Test(arguments: refused)
    func modelsMySQLRefusesAreListedBeforeAnythingIsWritten(_ sample: (file: String, warning: String)) async throws {
        let path = Self.samples + "/" + sample.file
        guard FileManager.default.fileExists(atPath: String(path.split(separator: "#")[0])) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(path) is missing in CI") }
            return
        }
        var r = try CLI.run(["inspect", path, "--format", "json"], in: NSTemporaryDirectory())
        #expect(r.status == 0 && r.stderr.contains("strata: warning: ") && r.stderr.contains(sample.warning), "\(r.stderr)")
        try await withProject(.mysql) { db, p in
            let dev = ["STRATA_DEV_URL": TestDatabase.mysqlAdmin]
            r = try p.strata("autogenerate", "-m", "model", "--target", path, env: dev)
            #expect(r.status == 2 && r.stderr.contains("strata: error: ") && r.stderr.contains(sample.warning) && r.stderr.contains("nothing was written"), "\(r.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: p.directory + "/migrations").filter { $0.hasSuffix(".sql") }.isEmpty)
            r = try p.strata("autogenerate", "-m", "model", "--target", path, "--skip-invalid", env: dev)
            #expect(r.status == 0, "\(r)")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(sample.file): \(r)")
            #expect(try await !db.tables().isEmpty)
        }
    }

    @Test(arguments: converging)
    func modelAppliedToMariaDBHasNoDrift(_ file: String) async throws {
        let path = Self.samples + "/" + file
        guard FileManager.default.fileExists(atPath: String(path.split(separator: "#")[0])) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(path) is missing in CI") }
            return
        }
        try await withProject(.mysql) { db, p in
            var r = try p.strata("inspect", path, "--format", "json")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            // Tables and views, as the test database lists them.
            let modelTables = (((json?["tables"] as? [[String: Any]]) ?? []) + ((json?["views"] as? [[String: Any]]) ?? [])).compactMap { $0["name"] as? String }.sorted()
            r = try p.strata("autogenerate", "-m", "model", "--target", path)
            if modelTables.isEmpty {
                // An empty schema (08, 06#mydb): nothing to write, and the empty database matches it.
                #expect(r.status == 0 && r.stdout.contains("Nothing to do"), "\(file): \(r)")
                #expect(try p.strata("check", "--target", path).status == 0)
                return
            }
            #expect(r.status == 0 && r.stdout.contains("Generating"), "\(file): \(r)")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(file): \(r)")
            r = try p.strata("check", "--target", path)
            #expect(r.status == 0, "\(file): \(r)")
            // A second autogenerate finds nothing to do.
            let tables = try await db.tables()
            #expect(tables.sorted() == modelTables, "\(file)")
            // Functions and procedures too.
            let modelRoutines = ((json?["routines"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }.sorted()
            let routinesSQL = "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1"
            #expect(try await db.query(routinesSQL).map { $0[0] ?? "" } == modelRoutines, "\(file)")
            r = try p.strata("autogenerate", "-m", "again", "--target", path)
            #expect(r.stdout.contains("Nothing to do"), "\(file): \(r)")
            // Downgrade to base empties the database again.
            r = try p.strata("downgrade", "base")
            #expect(r.status == 0, "\(file): \(r)")
            #expect(try await db.tables() == [])
            #expect(try await db.query(routinesSQL).isEmpty, "\(file)")
        }
    }
}
