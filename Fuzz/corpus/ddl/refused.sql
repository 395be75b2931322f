ATTACH 'victim.db' AS r;
CREATE TABLE r.t (x);
VACUUM INTO 'copy.db';
PRAGMA journal_mode=WAL;
