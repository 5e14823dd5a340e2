# Lotsen — the two commands of the quick start are `make demo` and `make test`.
# Both install what is missing (ncursesw and libpq headers, tmux; PostgreSQL's
# server for the tests) with apt-get, then build.

SWIFT      ?= swift
BUILD      := .build/debug
DEMO_DIR   ?= .demo
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps test-deps build demo test torture release bench deb deb-check install guide clean

all: build

# libncursesw5-dev is a transitional name for libncurses-dev on current Debian; take
# whichever this system has. tmux drives the end-to-end tests.
deps:
	@need=""; \
	dpkg -s libncurses-dev >/dev/null 2>&1 || dpkg -s libncursesw5-dev >/dev/null 2>&1 || need="$$need ncurses"; \
	dpkg -s libpq-dev >/dev/null 2>&1 || need="$$need libpq-dev"; \
	command -v tmux >/dev/null 2>&1 || need="$$need tmux"; \
	if [ -n "$$need" ]; then \
		echo "Installing:$$need"; \
		$(SUDO) apt-get update -qq && \
		{ $(SUDO) apt-get install -y -qq libncursesw5-dev || $(SUDO) apt-get install -y -qq libncurses-dev; } && \
		$(SUDO) apt-get install -y -qq libpq-dev tmux; \
	fi

# The tests' PostgreSQL server (a throwaway cluster each run, Tests/postgres-cluster.sh).
test-deps: deps
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		echo "Installing: postgresql"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql; }

build: deps
	$(SWIFT) build

# Opens Lotsen on a demo journal (made on first use, kept in $(DEMO_DIR)/).
demo: build
	@$(BUILD)/lotsen demo --journal $(DEMO_DIR)/journal.jsonl --if-missing
	@$(BUILD)/lotsen --journal $(DEMO_DIR)/journal.jsonl --as AB

# The suite takes a few minutes; a hung test fails here, loudly, instead of silently
# using up CI's hour and a half.
test: test-deps
	$(SWIFT) build --build-tests
	@pg=$$(mktemp -d /tmp/lotsen-pg.XXXXXX) && \
	url=$$(Tests/postgres-cluster.sh start $$pg) || { rm -rf $$pg; exit 1; }; \
	LOTSEN_TEST_DATABASE="$$url" LOTSEN_TEST_PGDIR="$$pg" \
		timeout --kill-after=30 $(or $(TEST_TIMEOUT),1200) $(SWIFT) test --skip-build; rc=$$?; \
	Tests/postgres-cluster.sh stop $$pg; rm -rf $$pg; exit $$rc

# The guides' screen pictures and the key card, drawn again from the screens themselves
# (GuideScreensTests, KeysDocTests); the tests fail when they are out of date.
guide: deps
	$(SWIFT) build --build-tests
	RECORD_GOLDENS=1 $(SWIFT) test --skip-build --filter 'GuideScreensTests|KeysDocTests' || true
	$(SWIFT) test --skip-build --filter 'GuideScreensTests|KeysDocTests'

# The long reliability run; results go in docs/reliability.md.
torture: build
	$(SWIFT) build $(RELEASE) --product lotsen-journal-stress
	.build/release/lotsen-journal-stress torture $(or $(TORTURE_DIR),$(shell mktemp -d))

# The release build carries the Swift runtime and Foundation inside the binary, as it
# would go to a caseworker's machine (which has no Swift): a process starts in ~6 ms
# instead of ~11, a fifth of `lotsen verify` or `lotsen find` (docs/performance.md).
# The commit goes into `lotsen --version` (Sources/CBuildInfo); the number is in
# Sources/lotsen/Support/Version.swift alone.
COMMIT  := $(shell git rev-parse --short=12 HEAD 2>/dev/null)$(shell git diff --quiet HEAD 2>/dev/null || echo -modified)
RELEASE := -c release --static-swift-stdlib -Xcc -DLOTSEN_COMMIT='"$(COMMIT)"'

release: deps
	$(SWIFT) build $(RELEASE) --product lotsen

# Measures against reference tools in the same run (docs/performance.md). Without
# BENCH_ARGS: makes the typical and large demo journals in $(BENCH_DIR) and compares
# find, open, full replay and verify with grep, Python and openssl; times a search
# keystroke and another desk's change; then the journal in PostgreSQL against the file
# store, on a throwaway server (Sources/lotsen-bench/database.sh).
BENCH_DIR ?= .bench
bench: test-deps
	$(SWIFT) build $(RELEASE) --product lotsen
	$(SWIFT) build $(RELEASE) --product lotsen-bench
ifeq ($(BENCH_ARGS),)
	@for size in typical large; do \
		test -f $(BENCH_DIR)/$$size/journal.jsonl || .build/release/lotsen demo --size $$size --journal $(BENCH_DIR)/$$size/journal.jsonl; \
		Sources/lotsen-bench/compare.sh .build/release/lotsen $(BENCH_DIR)/$$size/journal.jsonl Berg 5; echo; \
		.build/release/lotsen-bench keystroke $(BENCH_DIR)/$$size/journal.jsonl; echo; \
		rm -rf $(BENCH_DIR)/follow && cp -r $(BENCH_DIR)/$$size $(BENCH_DIR)/follow && \
		.build/release/lotsen-bench follow $(BENCH_DIR)/follow/journal.jsonl .build/release/lotsen 20; echo; \
	done
	Sources/lotsen-bench/import.sh .build/release/lotsen $(BENCH_DIR)/import 100000 3
	Sources/lotsen-bench/database.sh .build/release/lotsen $(BENCH_DIR)/large/journal.jsonl Berg 5
else
	.build/release/lotsen-bench $(BENCH_ARGS)
endif

# A Debian package of the release binary, man pages, completions and guides (no network):
# dpkg-deb, into $(DEB_DIR)/. `make deb-check` installs it in a clean Debian root made by
# debootstrap (root and Debian's mirror needed; CI does not run it every time).
DEB_DIR ?= .build/deb
deb: release
	@Sources/lotsen/Packaging/deb.sh .build/release/lotsen $(DEB_DIR)

deb-check: deb
	Sources/lotsen/Packaging/check-deb.sh $$(ls -t $(DEB_DIR)/lotsen_*.deb | head -1) $(or $(DEB_ROOT),.build-debroot)

# From source: the same files as the package, under $(DESTDIR)$(PREFIX).
PREFIX ?= /usr/local
install: release
	Sources/lotsen/Packaging/install.sh .build/release/lotsen "$(DESTDIR)" $(PREFIX)

clean:
	rm -rf .build $(DEMO_DIR)
