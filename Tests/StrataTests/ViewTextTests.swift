import Strata
import Testing

@Suite("Loose view text")
struct ViewTextTests {
    /// sakila's film_list as written in the Workbench model and as MariaDB stores it.
    static let written = """
        SELECT film.film_id AS FID, film.title AS title, category.name AS category,
        \tGROUP_CONCAT(CONCAT(actor.first_name, _utf8' ', actor.last_name) SEPARATOR ', ') AS actors
        FROM category LEFT JOIN film_category ON category.category_id = film_category.category_id LEFT JOIN film ON film_category.film_id = film.film_id
                JOIN film_actor ON film.film_id = film_actor.film_id
        \tINNER JOIN actor ON film_actor.actor_id = actor.actor_id WHERE film.length != 0 AND 1.5 < 2 -- a comment
        GROUP BY film.film_id, category.name;
        """
    static let stored = "select `film`.`film_id` AS `FID`,`film`.`title` AS `title`,`category`.`name` AS `category`,group_concat(concat(`actor`.`first_name`,' ',`actor`.`last_name`) separator ', ') AS `actors` from ((((`category` left join `film_category` on(`category`.`category_id` = `film_category`.`category_id`)) left join `film` on(`film_category`.`film_id` = `film`.`film_id`)) join `film_actor` on(`film`.`film_id` = `film_actor`.`film_id`)) join `actor` on(`film_actor`.`actor_id` = `actor`.`actor_id`)) where `film`.`length` <> 0 and 1.5 < 2 group by `film`.`film_id`,`category`.`name`"

    @Test func theServersRewriteReadsTheSame() {
        #expect(ViewText.loose(Self.written) == ViewText.loose(Self.stored), "\n\(ViewText.loose(Self.written))\n\(ViewText.loose(Self.stored))")
        #expect(ViewText.loose("SELECT cidr, col2 FROM table1;") == ViewText.loose("select `table1`.`cidr` AS `cidr`,`table1`.`col2` AS `col2` from `table1`"))
        #expect(ViewText.loose("SELECT COUNT(*) AS n FROM t") == ViewText.loose("select count(0) AS `n` from `t`"))
        // An ORDER BY alias is stored as its expression; ASC is written out; LENGTH becomes OCTET_LENGTH.
        #expect(ViewText.loose("SELECT c.name AS category, SUM(p.amount) AS total FROM p JOIN c GROUP BY c.name ORDER BY total DESC, LENGTH(c.name)")
                == ViewText.loose("select `c`.`name` AS `category`,sum(`p`.`amount`) AS `total` from (`p` join `c`) group by `c`.`name` order by sum(`p`.`amount`) desc,octet_length(`c`.`name`) asc"))
    }

    @Test func realEditsStillShow() {
        let stored = "select `t`.`a` AS `a`,`t`.`b` AS `b` from `t` where `t`.`a` > 1"
        for edited in ["SELECT a FROM t WHERE a > 1", "SELECT a, b FROM t WHERE a > 2", "SELECT a, b AS c FROM t WHERE a > 1",
                       "SELECT a, b FROM u WHERE a > 1", "SELECT a, b FROM t WHERE a > 1 AND b = 'x'"] {
            #expect(ViewText.loose(edited) != ViewText.loose(stored), "\(edited)")
        }
        // Only one side written by hand: loose; two server texts: exact.
        let a = View(name: "v", definition: "SELECT a, b FROM t WHERE a > 1", asWritten: true)
        #expect(a.isSame(as: View(name: "v", definition: stored)))
        #expect(!View(name: "v", definition: "select (a or b) and c").isSame(as: View(name: "v", definition: "select a or (b and c)")))
    }

    @Test func routinesReadAsTheServerKeepsThem() {
        let written = "CREATE FUNCTION `f`(p INT) RETURNS BOOLEAN\nLANGUAGE SQL DETERMINISTIC READS SQL DATA SQL SECURITY DEFINER\nBEGIN\n  RETURN p > 0;\nEND"
        let stored = "CREATE FUNCTION `f`(p INT) RETURNS tinyint(1)\n    READS SQL DATA\n    DETERMINISTIC\nBEGIN\n  RETURN p > 0;\nEND"
        #expect(ViewText.looseRoutine(written) == ViewText.looseRoutine(stored), "\(ViewText.looseRoutine(written))\n\(ViewText.looseRoutine(stored))")
        #expect(ViewText.looseRoutine("CREATE FUNCTION g() RETURNS INT RETURN 1") == ViewText.looseRoutine("CREATE FUNCTION `g`() RETURNS int(11)\nRETURN 1"))
        #expect(ViewText.looseRoutine("CREATE FUNCTION h() RETURNS VARCHAR(5) RETURN 'a'")
                == ViewText.looseRoutine("CREATE FUNCTION `h`() RETURNS varchar(5) CHARSET utf8mb4 COLLATE utf8mb4_general_ci\nRETURN 'a'"))
        // A changed body or characteristic still shows.
        #expect(ViewText.looseRoutine(written.replacingOccurrences(of: "p > 0", with: "p > 1")) != ViewText.looseRoutine(stored))
        #expect(ViewText.looseRoutine(written.replacingOccurrences(of: " DETERMINISTIC", with: "")) != ViewText.looseRoutine(stored))
        let a = Routine(name: "f", kind: .function, sql: written, asWritten: true)
        #expect(a.isSame(as: Routine(name: "f", kind: .function, sql: stored)))
        #expect(!a.isSame(as: Routine(name: "f", kind: .procedure, sql: stored)))
    }

    @Test func selectStarReadsAsTheTablesColumns() {
        let columns = { (t: String) -> [String]? in t == "t" ? ["id", "Name"] : nil }
        #expect(ViewText.loose("SELECT * FROM t WHERE id > 1", columns: columns) == ViewText.loose("select `t`.`id` AS `id`,`t`.`Name` AS `Name` from `t` where `t`.`id` > 1"))
        // Only one table, nothing joined.
        #expect(ViewText.loose("SELECT * FROM t JOIN u", columns: columns) == "select * from t join u")
    }
}
