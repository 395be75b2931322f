-- strata:revision crlf01
-- strata:message windows line ends

-- strata:upgrade
CREATE TABLE "a b" ("x;y" TEXT DEFAULT '--');
/* block; comment */
-- strata:downgrade
DROP TABLE "a b";
