#!/usr/bin/env python3
"""Writes the model code that scripts/codegen-compile.sh compiles and checks.

For every source: the example model (namespace Store, used by the round-trip test), each schema of
the Workbench samples in ../shared (when it is there), the convergence schemas and the desired
schema of every convergence case, it runs `strata codegen` for grdb, fluent and codable into
Sources/<Format>Models/Generated/<Namespace>.swift, and for sqlalchemy into python/<Namespace>.py
next to `strata inspect --format json` of the same source (python/<Namespace>.json).
Usage: generate.py STRATA REPO; STRATA_DEV_MYSQL and STRATA_DEV_POSTGRES name folders whose
strata.yml has a dev_url, for reading MySQL and PostgreSQL DDL.
"""
import concurrent.futures, json, os, re, subprocess, sys

strata, repo = sys.argv[1], sys.argv[2]
dev_dirs = {"mysql": os.environ.get("STRATA_DEV_MYSQL", "."), "postgresql": os.environ.get("STRATA_DEV_POSTGRES", ".")}
here = os.path.dirname(os.path.abspath(__file__))
work = os.path.join(repo, ".build", "codegen-sources")  # out of the source tree
os.makedirs(work, exist_ok=True)

def run(args, engine=None):
    return subprocess.run([strata] + args, cwd=dev_dirs.get(engine, "."), capture_output=True, text=True)

sources = [("Store", os.path.join(repo, "examples/workbench/store-v2.mwb"), None)]

samples = os.path.join(repo, "..", "shared", "workbench-samples")
if os.path.isdir(samples):
    for f in sorted(os.listdir(samples)):
        if not f.endswith(".mwb"):
            continue
        path = os.path.join(samples, f)
        r = run(["inspect", path, "--format", "json"])
        m = re.search(r"has \d+ schemas \(([^)]*)\)", r.stderr)
        names = [None] if r.returncode == 0 else ([s.strip() for s in m.group(1).split(",")] if m else [])
        for name in names:
            ns = "Sample" + f[:2] + ("" if name is None else re.sub(r"\W", "", name.title()))
            sources.append((ns, path + ("" if name is None else "#" + name), None))

conv = os.path.join(repo, "Tests/StrataEngineTests/Convergence")
for f in sorted(os.listdir(os.path.join(conv, "schemas"))):
    name, engine, _ = f.split(".")
    sources.append(("Schema" + name.title() + engine.title(), os.path.join(conv, "schemas", f), engine))

for f in sorted(os.listdir(os.path.join(conv, "cases"))):
    text = open(os.path.join(conv, "cases", f), encoding="utf-8").read()
    engines = re.search(r"^-- engines:(.*)$", text, re.M).group(1).replace(",", " ").split()
    engine = "sqlite" if "sqlite" in engines else engines[0]
    sections, current, buffer = {}, None, []
    for line in text.split("\n"):
        t = line.strip()
        words = t[3:].split() if t.startswith("-- ") else []
        if words and words[0] in ("current", "desired", "rows") and len(words) <= 2 and (len(words) == 1 or words[1] in ("sqlite", "postgresql", "mysql")):
            if current: sections[current] = "\n".join(buffer)
            current, buffer = " ".join(words), []
            continue
        if t.startswith("-- case:") or t.startswith("-- engines:") or t.startswith("-- rename:"):
            continue
        buffer.append(line)
    if current: sections[current] = "\n".join(buffer)
    ddl = sections.get("desired " + engine, sections.get("desired", ""))
    path = os.path.join(work, f)
    open(path, "w", encoding="utf-8").write(ddl)
    sources.append(("Case" + f[:3], path, engine))

formats = {"grdb": "GRDBModels", "fluent": "FluentModels", "codable": "CodableModels"}
os.makedirs(os.path.join(here, "python"), exist_ok=True)
for module in formats.values():
    os.makedirs(os.path.join(here, "Sources", module, "Generated"), exist_ok=True)

def generate(source):
    ns, path, engine = source
    dialect = ["--dialect", engine] if engine else []
    failures = []
    # The source is read once (DDL needs a scratch database on PG/MySQL); code comes from the snapshot.
    snapshot = os.path.join(here, "python", ns + ".json")
    r = run(["inspect", path, "--format", "json"] + dialect, engine)
    if r.returncode != 0:
        return [f"{ns}: inspect: {r.stderr.strip()}"]
    open(snapshot, "w").write(r.stdout)
    if engine is None and path.split("#")[0].endswith(".mwb"):
        dialect = ["--dialect", "mysql"]
    path = snapshot
    jobs = [["codegen", "--source", path, "--format", fmt, "-o", os.path.join(here, "Sources", module, "Generated", ns + ".swift"), "--namespace", ns, "-q"] + dialect
            for fmt, module in formats.items()]
    jobs.append(["codegen", "--source", path, "--format", "sqlalchemy", "-o", os.path.join(here, "python", ns + ".py"), "-q"] + dialect)
    for args in jobs:
        r = run(args, engine)
        if r.returncode != 0:
            failures.append(f"{ns}: strata {' '.join(args)}: {r.stderr.strip()}")
    return failures

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    failures = [f for result in pool.map(generate, sources) for f in result]
print(f"generate.py: {len(sources)} sources, {len(failures)} failures")
for f in failures:
    print("  " + f)
sys.exit(1 if failures else 0)
