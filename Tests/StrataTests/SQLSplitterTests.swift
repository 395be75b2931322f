import Strata
import StrataDialects
import Testing

@Suite("SQL splitter")
struct SQLSplitterTests {
    func split(_ s: String, _ e: Engine) -> [String] { SQLSplitter.split(s, engine: e).map(\.sql) }

    @Test(arguments: Engine.allCases)
    func plainStatementsCommentsAndLines(engine: Engine) {
        let script = """
        -- leading comment; not a statement
        CREATE TABLE a (x INT);   /* block; comment */
        INSERT INTO a VALUES (1); -- trailing; comment

        /* only a comment */;
        SELECT 'it''s; fine', "odd;name" FROM a
        """
        let statements = SQLSplitter.split(script, engine: engine, firstLine: 10)
        #expect(statements.map(\.sql) == [
            "CREATE TABLE a (x INT)",
            "INSERT INTO a VALUES (1)",
            "SELECT 'it''s; fine', \"odd;name\" FROM a",
        ])
        #expect(statements.map(\.line) == [11, 12, 15])
    }

    /// What an engine's client would leave open at the end of a script is reported with its line.
    @Test func unterminatedConstructsAreFound() {
        func open(_ s: String, _ e: Engine) -> String? { SQLSplitter.unterminated(s, engine: e, firstLine: 10).map { "\($0.line): \($0.what)" } }
        for e in Engine.allCases {
            #expect(open("SELECT 1;\nINSERT INTO t VALUES ('x);\nDROP TABLE t;", e) == "11: string opened with ' is not closed")
            #expect(open("SELECT 1;\n/* note\nDROP TABLE t;", e) == "11: /* comment is not closed with */")
            #expect(open("SELECT \"a;", e) == "10: quoted name opened with \" is not closed")
            #expect(open("SELECT 'a''b', \"c\"\"d\";\n-- done", e) == nil)
        }
        #expect(open("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1;", .postgresql) == "10: dollar quote $$ is not closed")
        #expect(open("CREATE FUNCTION f() RETURNS int AS $b$ SELECT 1 $b$ LANGUAGE sql;", .postgresql) == nil)
        #expect(open("SELECT `a;", .mysql) == "10: quoted name opened with ` is not closed")
        #expect(open("SELECT 'it\\'s';", .mysql) == nil)
        #expect(open("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END", .mysql) == "11: statement does not end with the delimiter // set by DELIMITER")
        #expect(open("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\n", .mysql) == nil)
        #expect(open("SELECT [a;", .sqlite) == "10: quoted name opened with [ is not closed")
    }

    @Test func postgresDollarQuotesAndEStrings() {
        let script = """
        CREATE FUNCTION f() RETURNS trigger AS $body$
        BEGIN
          NEW.x := 'a;b'; -- inside
          RETURN NEW;
        END;
        $body$ LANGUAGE plpgsql;
        DO $$ BEGIN PERFORM 1; END $$;
        SELECT E'it\\'s; here', $1::int;
        SELECT 1
        """
        let s = split(script, .postgresql)
        #expect(s.count == 4)
        #expect(s[0].hasPrefix("CREATE FUNCTION") && s[0].hasSuffix("LANGUAGE plpgsql"))
        #expect(s[0].contains("RETURN NEW;\nEND;\n$body$"))
        #expect(s[1] == "DO $$ BEGIN PERFORM 1; END $$")
        #expect(s[2] == "SELECT E'it\\'s; here', $1::int")
    }

    @Test func mysqlDelimiterBlocksBackslashesAndHashComments() {
        let script = """
        # a hash comment; ignored
        CREATE TABLE t (v VARCHAR(10));
        DELIMITER //
        CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW
        BEGIN
          SET NEW.v = 'x;y';
          SET NEW.v = CONCAT(NEW.v, ';');
        END//
        CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//
        DELIMITER ;
        INSERT INTO t VALUES ('a\\';b');
        SELECT `weird;col` FROM t
        """
        let s = split(script, .mysql)
        #expect(s.count == 5, "\(s)")
        #expect(s[0] == "CREATE TABLE t (v VARCHAR(10))")
        #expect(s[1].hasPrefix("CREATE TRIGGER trg") && s[1].hasSuffix("END"))
        #expect(s[1].contains("SET NEW.v = CONCAT(NEW.v, ';');"))
        #expect(s[2] == "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END")
        #expect(s[3] == "INSERT INTO t VALUES ('a\\';b')")
        #expect(s[4] == "SELECT `weird;col` FROM t")
    }

    @Test func sqliteTriggerBodiesStayWhole() {
        let script = """
        CREATE TABLE t (v TEXT);
        CREATE TRIGGER trg AFTER INSERT ON t BEGIN
          UPDATE t SET v = upper(v) WHERE rowid = NEW.rowid;
          INSERT INTO log VALUES ('end;');
        END;
        CREATE TEMP TRIGGER t2 AFTER DELETE ON t BEGIN SELECT 1; END;
        SELECT [odd;name] FROM t;
        """
        let s = split(script, .sqlite)
        #expect(s.count == 4, "\(s)")
        #expect(s[1].hasPrefix("CREATE TRIGGER trg") && s[1].hasSuffix("END"))
        #expect(s[2] == "CREATE TEMP TRIGGER t2 AFTER DELETE ON t BEGIN SELECT 1; END")
        #expect(s[3] == "SELECT [odd;name] FROM t")
    }

    @Test func hashIsNotACommentOutsideMySQL() {
        #expect(split("SELECT 1 # 2;\nSELECT 3", .postgresql) == ["SELECT 1 # 2", "SELECT 3"])
        #expect(split("SELECT 1 # 2;\nSELECT 3", .mysql) == ["SELECT 1 # 2;\nSELECT 3"])
    }

    @Test(arguments: Engine.allCases)
    func emptyAndCommentOnlyScripts(engine: Engine) {
        #expect(split("", engine).isEmpty)
        #expect(split("-- nothing\n/* at all */\n;\n", engine).isEmpty)
        #expect(split("SELECT 1;;;", engine) == ["SELECT 1"])
    }
}

@Suite("SQL splitter edge cases")
struct SQLSplitterEdgeTests {
    @Test func sqliteTriggerWithCaseEndInsideTheBody() {
        let script = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET f = CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END; INSERT INTO b VALUES (1); END;\nSELECT 2;"
        let s = SQLSplitter.split(script, engine: .sqlite).map(\.sql)
        #expect(s == ["CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET f = CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END; INSERT INTO b VALUES (1); END", "SELECT 2"])
    }

    @Test func mysqlDoubleDashNeedsASpace() {
        #expect(SQLSplitter.split("SELECT 5--1;\nSELECT 2; -- note; here\nSELECT 3", engine: .mysql).map(\.sql) == ["SELECT 5--1", "SELECT 2", "SELECT 3"])
    }

    @Test func postgresBlockCommentsNest() {
        #expect(SQLSplitter.split("/* outer /* inner; */ still; comment */ SELECT 1; SELECT 2", engine: .postgresql).map(\.sql) == ["SELECT 1", "SELECT 2"])
    }
}
