# Strata: the two commands that set up everything on a fresh Debian/Ubuntu machine.
#   make demo   builds strata and runs the main job on an embedded SQLite file (no server)
#   make test   installs what is missing, starts local MariaDB and PostgreSQL, runs every test
SWIFT ?= swift
BIN := .build/debug/strata

.PHONY: build demo test check bench fuzz servers stop-servers clean deps release install docs
PREFIX ?= /usr/local

# Build dependencies (apt): only what is missing, every time.
deps:
	@missing=""; for p in pkg-config libmariadb-dev zlib1g-dev; do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

demo: build
	scripts/demo.sh $(BIN)

servers:
	scripts/test-servers.sh start

stop-servers:
	scripts/test-servers.sh stop

# The fast tier (no server): the core, the dialects' golden SQL, the Workbench reader, codegen and
# the convergence corpus's own check; under two minutes on a warm build.
check: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter '^(StrataTests|StrataCodegenTests|StrataWorkbenchTests)\.|CorpusTests'

# The tests, the fuzz replay, generated model code compiled, and the release binary checked; the
# release build runs beside the test suite (scripts/test.sh says why).
test: deps servers
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/test.sh $(BIN)

# Speed: inspect / diff / autogenerate for 100, 500 and 2000 tables per engine (release build).
bench: deps servers
	$(SWIFT) build -c release --product strata-bench
	.build/release/strata-bench $(SIZES)

# Fuzzing with libFuzzer: a million inputs per reader of untrusted input (RUNS=... to change).
fuzz: deps
	scripts/fuzz.sh full $(RUNS)

# A release binary with the Swift standard library and Foundation linked in: it needs only libmariadb
# (and zlib) on the machine it runs on. The Dockerfile copies it into its image.
release: deps
	$(SWIFT) build -c release --product strata --static-swift-stdlib
	strip .build/release/strata
	@echo "built .build/release/strata"

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/strata $(DESTDIR)$(PREFIX)/bin/strata

# The command reference page, from the commands' own --help (a test fails when it is stale).
docs: build
	$(BIN) reference > docs/commands.md

clean:
	rm -rf .build .build-release demo
