CREATE TABLE t (a TEXT DEFAULT 'x;y', "b;c" INT, `d``e` INT); -- trailing ; comment
/* a block ; comment /* not nested in MySQL */
INSERT INTO t VALUES ('it''s', E'back\\slash\';', 1);
SELECT $$ dollar ; quoted $$, $tag$ inner $$ still $tag$;
SELECT "double ""quoted"" ;", [bracket;name] FROM t;
# hash comment ; on MySQL
SELECT 1/*inline*/;SELECT 2;
