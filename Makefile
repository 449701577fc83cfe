# Thin wrapper around CMake. `make demo` and `make test` are the two set-up commands of the README.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps deps-test build demo test test-asan test-valgrind install deb bench fuzz clean

all: build

deps:
	@scripts/install-deps.sh

deps-test:
	@scripts/install-deps.sh test

$(BUILD)/Makefile:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/bulletin-lint samples/*.txt; test $$? -le 1

test: deps-test build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-asan
	$(MAKE) test-valgrind
	$(MAKE) fuzz FUZZ_SECONDS=10

test-valgrind: build
	tests/valgrind.sh $(BUILD) .

test-asan: deps-test
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DBL_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD)

# The Debian package, in $(DEB_DIR) (needs dpkg-dev for its Depends: scripts/install-deps.sh deb).
DEB_DIR ?= $(BUILD)/packages
deb: build
	@scripts/install-deps.sh deb
	cd $(BUILD) && cpack -G DEB -B $(abspath $(DEB_DIR))
	@ls $(abspath $(DEB_DIR))/*.deb

FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS  = fuzz_source fuzz_document fuzz_numeral fuzz_claims fuzz_check fuzz_docx

# Runs every fuzz target for FUZZ_SECONDS, seeded from samples/, tests/drafts/ (as text, and as .docx
# packages and their document.xml for fuzz_docx) and the fuzz regressions; a crash leaves its input in
# $(FUZZ_BUILD) (crash-*) and fails the run: turn it into a regression test.
fuzz: deps-test
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DBL_FUZZ=ON >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS)
	mkdir -p $(FUZZ_BUILD)/seeds && cp samples/*.txt tests/fuzz-regressions/* $(FUZZ_BUILD)/seeds/ 2>/dev/null; true
	for f in tests/drafts/*/*.txt; do cp $$f $(FUZZ_BUILD)/seeds/draft-$$(basename $$(dirname $$f))-$$(basename $$f); done
	python3 tests/docx/make_docx.py --seeds $(FUZZ_BUILD)/seeds
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus-$$t; \
	  (cd $(FUZZ_BUILD) && ./$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=4096 \
	     -print_final_stats=1 corpus-$$t seeds > $$t.log 2>&1); status=$$?; \
	  echo "$$t: $$(grep -o 'stat::number_of_executed_units: *[0-9]*' $(FUZZ_BUILD)/$$t.log | grep -o '[0-9]*$$') runs, exit $$status"; \
	  if [ $$status -ne 0 ]; then tail -40 $(FUZZ_BUILD)/$$t.log; exit 1; fi; \
	done

bench: build
	bench/run.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
