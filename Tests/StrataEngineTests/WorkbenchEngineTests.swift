import Foundation
import StrataKit
import Testing

/// Workbench models applied to an empty MariaDB through autogenerate and upgrade, then checked
/// against the model: no drift. (The samples whose views, triggers or MySQL 8 collations the reader
/// cannot yet bring to MariaDB's terms are listed in the issue note, not here.)
@Suite("Workbench models on MariaDB")
struct WorkbenchEngineTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/workbench-samples").path

    static let converging = [
        "04_mysql_mysql-workbench_test_model_xml.mwb", "09_mysql_mysql-workbench_file_with_unicode.mwb",
        "16_reneeb_MySQL-Workbench-Parser_actions.mwb", "17_reneeb_MySQL-Workbench-Parser_comment.mwb",
        "18_reneeb_MySQL-Workbench-Parser_date.mwb", "20_reneeb_MySQL-Workbench-Parser_index.mwb",
        "22_reneeb_MySQL-Workbench-Parser_test.mwb",
    ]

    @Test(arguments: converging)
    func modelAppliedToMariaDBHasNoDrift(_ file: String) async throws {
        let path = Self.samples + "/" + file
        guard FileManager.default.fileExists(atPath: path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(path) is missing in CI") }
            return
        }
        try await withProject(.mysql) { db, p in
            var r = try p.strata("autogenerate", "-m", "model", "--target", path)
            #expect(r.status == 0 && r.stdout.contains("Generating"), "\(file): \(r)")
            r = try p.strata("upgrade", "head")
            #expect(r.status == 0, "\(file): \(r)")
            r = try p.strata("check", "--target", path)
            #expect(r.status == 0, "\(file): \(r)")
            // A second autogenerate finds nothing to do.
            let tables = try await db.tables()
            #expect(!tables.isEmpty)
            r = try p.strata("autogenerate", "-m", "again", "--target", path)
            #expect(r.stdout.contains("Nothing to do"), "\(file): \(r)")
            // Downgrade to base empties the database again.
            r = try p.strata("downgrade", "base")
            #expect(r.status == 0, "\(file): \(r)")
            #expect(try await db.tables() == [])
        }
    }
}
