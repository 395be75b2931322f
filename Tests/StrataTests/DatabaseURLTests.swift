import Strata
import Testing

@Suite("Database URLs")
struct DatabaseURLTests {
    @Test func parsesEveryForm() throws {
        let pg = try DatabaseURL("postgresql://ann:p%40ss@db.example.com:6543/app?sslmode=require&connect_timeout=5")
        #expect(pg.engine == .postgresql && pg.user == "ann" && pg.password == "p@ss" && pg.host == "db.example.com" && pg.port == 6543 && pg.database == "app")
        #expect(pg.option("sslmode") == "require")
        #expect(pg.description == "postgresql://ann:***@db.example.com:6543/app?sslmode=require&connect_timeout=5")
        #expect(try DatabaseURL("postgres://h/db").engine == .postgresql)
        let my = try DatabaseURL("mariadb://root@[::1]:3307/shop")
        #expect(my.engine == .mysql && my.host == "::1" && my.port == 3307 && my.password == nil)
        #expect(my.description == "mariadb://root@[::1]:3307/shop")
        #expect(try DatabaseURL("mysql+pymysql://u:p@h/d").engine == .mysql)
        #expect(try DatabaseURL("sqlite:///rel/app.db").database == "rel/app.db")
        #expect(try DatabaseURL("sqlite:////abs/app.db").database == "/abs/app.db")
        #expect(try DatabaseURL("sqlite::memory:").database == ":memory:")
    }

    @Test(arguments: [
        ("oracle://u:secret@h/db", "unknown scheme 'oracle'"),
        ("nonsense", "expected SCHEME://"),
        ("postgresql://u:secret@h:notaport/db", "the port is not a number"),
        ("postgresql://u:se/cr?et@h:x/db", "port 'x'"),
        ("mysql://u:secret@h", "no database name"),
        ("sqlite://relative.db", "sqlite:///relative.db"),
    ])
    func badURLsMaskThePassword(url: String, reason: String) {
        #expect {
            try DatabaseURL(url)
        } throws: { error in
            let text = "\(error)"
            return text.contains(reason) && !text.contains("secret") && (error as? StrataError)?.exitCode == 2
        }
    }

    @Test func passwordsWithSlashesAndAtSignsStayMasked() throws {
        let u = try DatabaseURL("postgresql://app:Zk9/q+X@y?z@db:5432/app?sslmode=require&password=other")
        #expect(u.password == "Zk9/q+X@y?z" && u.host == "db" && u.port == 5432 && u.database == "app")
        #expect(u.description == "postgresql://app:***@db:5432/app?sslmode=require&password=***")
        #expect(DatabaseURL.mask("postgresql://app:Zk9/q+Xy@db/app") == "postgresql://app:***@db/app")
    }

    @Test func maskWorksOnUnparsableStrings() {
        #expect(DatabaseURL.mask("weird://user:pw@host/x?y=1") == "weird://user:***@host/x?y=1")
        #expect(DatabaseURL.mask("no-password://host/x") == "no-password://host/x")
    }
}
