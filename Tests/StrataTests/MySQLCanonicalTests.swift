import StrataDialects
import Testing

/// The one form MySQL/MariaDB report types and defaults in, shared by the inspector and the
/// Workbench reader (a model must compare equal to the server it was synchronised to).
@Suite struct MySQLCanonicalTests {
    @Test func typesAsTheServerReportsThem() {
        #expect(MySQLCanonical.type(ColumnType("integer", length: 11)) == ColumnType("int"))
        #expect(MySQLCanonical.type(ColumnType("tinyint", length: 1)) == ColumnType("tinyint", length: 1))
        #expect(MySQLCanonical.type(ColumnType("bool")) == ColumnType("tinyint", length: 1))
        #expect(MySQLCanonical.type(ColumnType("text", length: 300)) == ColumnType("text"))
        #expect(MySQLCanonical.type(ColumnType("blob", length: 100)) == ColumnType("tinyblob"))
        #expect(MySQLCanonical.type(ColumnType("int", zerofill: true)).unsigned)
    }

    @Test func theCurrentTimeInEverySpelling() {
        for s in ["now()", "NOW", "current_timestamp()", "CURRENT_TIMESTAMP", "localtime", "LOCALTIMESTAMP()"] {
            #expect(MySQLCanonical.function(s) == "CURRENT_TIMESTAMP", "\(s)")
        }
        #expect(MySQLCanonical.function("current_timestamp(6)") == "CURRENT_TIMESTAMP(6)")
        // Not a time function: left as it is.
        #expect(MySQLCanonical.function("nowhere()") == "nowhere()")
        #expect(MySQLCanonical.function("now() + 1") == "now() + 1")
    }

    @Test func modelDefaultsAsTheServerReportsThem() {
        #expect(MySQLCanonical.defaultValue("TRUE", type: ColumnType("tinyint", length: 1)) == "1")
        #expect(MySQLCanonical.defaultValue("'5'", type: ColumnType("int")) == "5")
        #expect(MySQLCanonical.defaultValue("'5'", type: ColumnType("varchar", length: 5)) == "'5'")
        #expect(MySQLCanonical.defaultValue("1.5", type: ColumnType("decimal", length: 10, scale: 2)) == "1.50")
        #expect(MySQLCanonical.charset("UTF8") == "utf8mb3" && MySQLCanonical.collation("utf8_bin") == "utf8mb3_bin")
    }
}
