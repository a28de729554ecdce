# sahifa: set-up, build, test and install on Debian and Ubuntu.
#
#   make demo      install what is missing, build in release mode, open the reader on the demo collection
#   make test      install what is missing, build everything and run the whole test suite
#   make install   PREFIX=/usr/local [DESTDIR=...]: binary, resources, man page, shell completions
#
# Every target that builds first installs the system packages a fresh machine lacks, through apt.
# It is silent when everything is present.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build
.DELETE_ON_ERROR:

PREFIX ?= /usr/local
DESTDIR ?=

# The toolchain: `swift` on PATH, else the usual /opt/swift install.
SWIFT := $(or $(shell command -v swift 2>/dev/null),$(wildcard /opt/swift/usr/bin/swift))
ifneq ($(SWIFT),)
export PATH := $(patsubst %/,%,$(dir $(SWIFT))):$(PATH)
endif

# System packages (Debian names). `a,b` means either satisfies the need; `a` is installed when both are missing.
# libcurl4-openssl-dev: the release build links Swift's runtime and Foundation statically, and URLSession's
# static part then links libcurl by name.
BUILD_PACKAGES := libncurses-dev libfribidi-dev libsqlite3-dev libxml2-dev libcurl4-openssl-dev pkg-config
TEST_PACKAGES := tmux unicode-data
SCREENSHOT_PACKAGES := xvfb xterm xdotool imagemagick fonts-dejavu-core fonts-noto-core fonts-noto-color-emoji

comma := ,
RELEASE_DIR = .build/release
# Release builds carry Swift's runtime and Foundation inside the binary: a refresh then maps about
# 5 MB less of shared-library pages, and each command starts without resolving a dozen libraries.
RELEASE_FLAGS := -c release --static-swift-stdlib
MAN_DIR = .build/share/man
COMPLETION_DIR = .build/share/completions

INSTALL_BIN = $(DESTDIR)$(PREFIX)/bin
INSTALL_LIBEXEC = $(DESTDIR)$(PREFIX)/libexec/sahifa
INSTALL_MAN = $(DESTDIR)$(PREFIX)/share/man/man1
INSTALL_BASH = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
INSTALL_ZSH = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
INSTALL_FISH = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# ensure_packages: install the missing ones among $(1), with a single `apt-get update`, and only when needed.
# A package counts as present only in state "ii" (`dpkg -s` also succeeds for removed packages whose
# configuration files remain).
define ensure_packages
missing=""; \
if ! command -v dpkg-query >/dev/null 2>&1; then \
    echo "make: not a Debian or Ubuntu system; make sure these are installed: $(subst $(comma),/,$(1))" >&2; exit 0; \
fi; \
for need in $(1); do \
    found=""; \
    for candidate in $${need//,/ }; do \
        if dpkg-query -W -f='$${db:Status-Abbrev}' "$$candidate" 2>/dev/null | grep -q '^ii'; then found=1; break; fi; \
    done; \
    [ -n "$$found" ] || missing="$$missing $${need%%,*}"; \
done; \
[ -n "$$missing" ] || exit 0; \
if [ "$$(id -u)" = 0 ]; then sudo=""; \
elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
else echo "make: missing packages:$$missing; run as root or install them: apt-get install$$missing" >&2; exit 1; fi; \
echo "make: installing$$missing" >&2; \
log=$$(mktemp); \
if ! { $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; } \
        </dev/null >"$$log" 2>&1; then \
    cat "$$log" >&2; rm -f "$$log"; echo "make: could not install$$missing" >&2; exit 1; \
fi; \
rm -f "$$log"
endef

.PHONY: deps screenshot-deps toolchain build release demo test install uninstall man man-page completions \
    bench screenshots clean help

help:
	@sed -n '3,6p' Makefile | sed 's/^# *//'

deps:
	@$(call ensure_packages,$(BUILD_PACKAGES) $(TEST_PACKAGES))

screenshot-deps:
	@$(call ensure_packages,$(SCREENSHOT_PACKAGES))

toolchain:
	@if [ -z "$(SWIFT)" ]; then \
	    echo "make: no Swift toolchain (swift is not on PATH and /opt/swift/usr/bin/swift does not exist); install Swift 6.1 or newer from swift.org" >&2; \
	    exit 1; \
	fi

build: deps toolchain
	$(SWIFT) build --product sahifa

release: deps toolchain
	$(SWIFT) build $(RELEASE_FLAGS) --product sahifa

demo: release
	$(RELEASE_DIR)/sahifa demo

# The whole suite, with zero warnings from sahifa's own code. `-warnings-as-errors` turns the compiler's
# warnings into errors; it does not reach the dependencies (SwiftPM builds them with warnings suppressed), and
# unlike a scan of the log it also holds for incremental builds. SwiftPM's own notices about files under
# Sources/ or Tests/ it does not know what to do with (fixtures not excluded in Package.swift) are caught from
# the log. `swift test` gets the same flags so that it reuses the build instead of redoing it.
TEST_FLAGS := -Xswiftc -warnings-as-errors

test: deps toolchain
	@log=$$(mktemp); trap 'rm -f "$$log"' EXIT; \
	$(SWIFT) build --build-tests $(TEST_FLAGS) 2>&1 | tee "$$log"; \
	unhandled="$$(grep -E -A100 "^warning: '[^']+': found [0-9]+ file\(s\) which are unhandled" "$$log" \
	    | grep -E '^ +$(CURDIR)/(Sources|Tests)/' || true)"; \
	if [ -n "$$unhandled" ]; then \
	    echo "make: SwiftPM does not know what to do with these files; exclude them in Package.swift:" >&2; \
	    echo "$$unhandled" >&2; \
	    exit 1; \
	fi
	$(SWIFT) test $(TEST_FLAGS)

# The man page comes from the command definitions, through swift-argument-parser's plugin (which builds the
# package in release mode and runs `sahifa --experimental-dump-help`). It is dated by the last commit, so that
# regenerating it without changes to the commands changes nothing. `make man` also refreshes the copy kept
# in Docs/man for reading.
MAN_DATE := $(or $(shell git log -1 --format=%cs 2>/dev/null),$(shell date +%Y-%m-%d))

man-page: deps toolchain
	$(SWIFT) package plugin generate-manual --date $(MAN_DATE)
	@page=$$(find .build/plugins -path '*GenerateManual/outputs/sahifa/sahifa.1' | head -1); \
	if [ -z "$$page" ]; then echo "make: the manual plugin produced no sahifa.1" >&2; exit 1; fi; \
	mkdir -p $(MAN_DIR); cp "$$page" $(MAN_DIR)/sahifa.1

man: man-page
	mkdir -p Docs/man
	cp $(MAN_DIR)/sahifa.1 Docs/man/sahifa.1

completions: release
	@mkdir -p $(COMPLETION_DIR)
	$(RELEASE_DIR)/sahifa --generate-completion-script bash > $(COMPLETION_DIR)/sahifa.bash
	$(RELEASE_DIR)/sahifa --generate-completion-script zsh > $(COMPLETION_DIR)/_sahifa
	$(RELEASE_DIR)/sahifa --generate-completion-script fish > $(COMPLETION_DIR)/sahifa.fish

# The binary lives in libexec/sahifa with its resource bundle beside it, where Foundation's Bundle.module looks
# on Linux (the directory of the resolved executable); bin/sahifa is a relative symlink to it.
install: release man-page completions
	install -d $(INSTALL_BIN) $(INSTALL_LIBEXEC) $(INSTALL_MAN) $(INSTALL_BASH) $(INSTALL_ZSH) $(INSTALL_FISH)
	install -s -m 755 $(RELEASE_DIR)/sahifa $(INSTALL_LIBEXEC)/sahifa
	rm -rf $(INSTALL_LIBEXEC)/sahifa_sahifa.resources
	cp -R $(RELEASE_DIR)/sahifa_sahifa.resources $(INSTALL_LIBEXEC)/
	chmod -R u=rwX,go=rX $(INSTALL_LIBEXEC)/sahifa_sahifa.resources
	ln -sfn ../libexec/sahifa/sahifa $(INSTALL_BIN)/sahifa
	install -m 644 $(MAN_DIR)/sahifa.1 $(INSTALL_MAN)/sahifa.1
	install -m 644 $(COMPLETION_DIR)/sahifa.bash $(INSTALL_BASH)/sahifa
	install -m 644 $(COMPLETION_DIR)/_sahifa $(INSTALL_ZSH)/_sahifa
	install -m 644 $(COMPLETION_DIR)/sahifa.fish $(INSTALL_FISH)/sahifa.fish

uninstall:
	rm -f $(INSTALL_BIN)/sahifa $(INSTALL_MAN)/sahifa.1
	rm -f $(INSTALL_BASH)/sahifa $(INSTALL_ZSH)/_sahifa $(INSTALL_FISH)/sahifa.fish
	rm -rf $(INSTALL_LIBEXEC)

# Benchmarks run on demand, never in the test suite. Pass arguments with BENCH_ARGS="...".
bench: release
	$(SWIFT) build $(RELEASE_FLAGS) --product sahifa-bench
	$(RELEASE_DIR)/sahifa-bench $(BENCH_ARGS)

screenshots: release screenshot-deps
	Docs/tools/screenshot.sh $(RELEASE_DIR)/sahifa

clean:
	@if [ -n "$(SWIFT)" ]; then $(SWIFT) package clean; fi
	rm -rf .build/share
