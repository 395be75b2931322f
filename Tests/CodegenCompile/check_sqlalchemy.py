#!/usr/bin/env python3
"""Each generated SQLAlchemy module imports, its mappers configure, and MetaData.create_all on an
empty SQLite database gives the tables, columns, primary keys and foreign keys that
`strata inspect --format json` reports for the same source (python/<Namespace>.json).
Usage: check_sqlalchemy.py DIR"""
import importlib.util, json, os, sys
import sqlalchemy
from sqlalchemy.orm import clear_mappers, configure_mappers

directory = sys.argv[1]
problems, checked = [], 0
for f in sorted(os.listdir(directory)):
    if not f.endswith(".py"):
        continue
    ns = f[:-3]
    try:
        spec = importlib.util.spec_from_file_location("models_" + ns, os.path.join(directory, f))
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # annotations resolve through the module, as for any import
        spec.loader.exec_module(module)
        configure_mappers()
        engine = sqlalchemy.create_engine("sqlite://")
        # Tables in other schemas (PostgreSQL) live in attached databases on SQLite.
        schemas = {t["schema"] for t in json.load(open(os.path.join(directory, ns + ".json")))["tables"] if t.get("schema")}
        @sqlalchemy.event.listens_for(engine, "connect")
        def attach(connection, _record, schemas=schemas):
            for s in sorted(schemas):
                connection.execute(f"ATTACH DATABASE ':memory:' AS \"{s}\"")
        module.Base.metadata.create_all(engine)
        inspector = sqlalchemy.inspect(engine)
    except Exception as e:
        problems.append(f"{ns}: {type(e).__name__}: {str(e).splitlines()[0]}")
        clear_mappers()
        continue
    expected = json.load(open(os.path.join(directory, ns + ".json")))
    def qualified(t):
        return (t.get("schema") or "") + "." + t["name"]
    names = sorted([("." + n) for n in inspector.get_table_names()] + [s + "." + n for s in schemas for n in inspector.get_table_names(schema=s)])
    want = sorted(qualified(t) for t in expected["tables"])
    if names != want:
        problems.append(f"{ns}: tables {names} != {want}")
    for t in expected["tables"]:
        if qualified(t) not in names:
            continue
        schema = t.get("schema")
        cols = inspector.get_columns(t["name"], schema=schema)
        if [c["name"] for c in cols] != [c["name"] for c in t["columns"]]:
            problems.append(f"{ns}.{t['name']}: columns {[c['name'] for c in cols]} != {[c['name'] for c in t['columns']]}")
            continue
        pk = (t.get("primaryKey") or {}).get("columns", [])
        got_pk = inspector.get_pk_constraint(t["name"], schema=schema)["constrained_columns"]
        if got_pk != pk:
            problems.append(f"{ns}.{t['name']}: primary key {got_pk} != {pk}")
        for c, want_c in zip(cols, t["columns"]):
            if c["name"] not in pk and c["nullable"] != want_c["nullable"]:
                problems.append(f"{ns}.{t['name']}.{c['name']}: nullable {c['nullable']} != {want_c['nullable']}")
        fks = sorted((tuple(fk["constrained_columns"]), (fk.get("referred_schema") or "") + "." + fk["referred_table"], tuple(fk["referred_columns"]))
                     for fk in inspector.get_foreign_keys(t["name"], schema=schema))
        want_fks = sorted((tuple(fk["columns"]), (fk.get("referencedSchema") or "") + "." + fk["referencedTable"], tuple(fk["referencedColumns"]))
                          for fk in t.get("foreignKeys", []) if (fk.get("referencedSchema") or "") + "." + fk["referencedTable"] in want
                          # SQLite keeps no foreign key into another (attached) database.
                          and (fk.get("referencedSchema") or "") == (schema or ""))
        if fks != want_fks:
            problems.append(f"{ns}.{t['name']}: foreign keys {fks} != {want_fks}")
    checked += 1
    clear_mappers()
print(f"check_sqlalchemy.py: {checked} modules match their source, {len(problems)} problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
