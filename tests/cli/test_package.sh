#!/usr/bin/env bash
# Distribution: `make deb` builds the Debian package from the build tree of BIN; it holds the binary
# and the rules, its Depends come from dpkg-shlibdeps, and the binary extracted from it checks the
# samples as the built one does. The binary copied alone (no rule folder anywhere near it) checks
# them with the same findings too, from the rules built into it; BULLETIN_LINT_RULES chooses a folder.
. "$(dirname "$0")/lib.sh"
# the licence: MIT in LICENSE, said in the README with the dependencies' licences
grep -q '^MIT License$' "$SRC/LICENSE" && grep -q 'Permission is hereby granted, free of charge' "$SRC/LICENSE" && ok || bad "LICENSE is not the MIT licence"
grep -q 'under the MIT licence (`LICENSE`)' "$SRC/README.md" && ok || bad "the README does not state the licence"
for dep in 'Lua 5.4 (MIT' 'PCRE2 (BSD-3-Clause' 'libzip (BSD-3-Clause)' 'expat (MIT)' 'cmocka (Apache-2.0)' 'Poppler (GPL)'; do
  grep -qF "$dep" "$SRC/README.md" && ok || bad "the README does not check the licence of $dep"
done
if ! command -v dpkg-deb >/dev/null; then
  echo "test_package: SKIPPED: dpkg-deb is not installed (Debian: dpkg)"
  exit 0
fi
SRC=$(cd "$SRC" && pwd); BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
build=$(dirname "$BIN")
unset BULLETIN_LINT_RULES
cd "$SRC/samples" || exit 1
findings() { "$@" --format json --jobs 1 *.txt; }
findings "$BIN" > "$TMP/built.json"
[ -s "$TMP/built.json" ] && ok || bad "the built binary gives no JSON"

# the package, built as the README says, into a folder of our own
expect_status 0 "make deb" -- make -s -C "$SRC" deb BUILD="$build" DEB_DIR="$TMP/deb"
deb=$(ls "$TMP"/deb/bulletin-lint_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] && ok || { bad "no .deb in $TMP/deb"; cat "$TMP/err" | head -20; finish; exit 1; }
dpkg-deb -c "$deb" | awk '{print $NF}' > "$TMP/contents"
expect_grep '^\./usr/bin/bulletin-lint$' "$TMP/contents" "the binary in /usr/bin"
expect_grep '^\./usr/share/bulletin-lint/rules/lib/text\.lua$' "$TMP/contents" "the rule library"
expect_grep '^\./usr/share/doc/bulletin-lint/copyright$' "$TMP/contents" "the copyright file"
expect_equal "$(grep -c '^\./usr/share/bulletin-lint/rules/.*\.lua$' "$TMP/contents")" \
  "$(cd "$SRC/rules" && find . -name '*.lua' | wc -l)" "every rule file packaged"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libpcre2-8-0 libzip4 libexpat1; do
  case "$depends" in *"$lib "*|*"$lib,"*|*"$lib") ok ;; *) bad "Depends lacks $lib: $depends" ;; esac
done
case "$depends" in *liblua*) bad "Depends names Lua, which is linked in: $depends" ;; *) ok ;; esac
expect_equal "$(dpkg-deb -f "$deb" Package Section | tr '\n' ' ')" "Package: bulletin-lint Section: text " "package fields"

# installed (extracted into a root of our own): same findings, from the packaged rules
dpkg-deb -x "$deb" "$TMP/root"
findings "$TMP/root/usr/bin/bulletin-lint" > "$TMP/packaged.json"
cmp -s "$TMP/packaged.json" "$TMP/built.json" && ok || bad "the packaged binary gives other findings"
expect_status 0 "--explain from the package" -- "$TMP/root/usr/bin/bulletin-lint" --explain wording.doubled
expect_grep "^file: $TMP/root/usr/bin/\.\./share/bulletin-lint/rules/wording/doubled\.lua$" "$TMP/out" "the packaged rules are read"
grep -q 'MIT License' "$TMP/root/usr/share/doc/bulletin-lint/copyright" 2>/dev/null && bad "copyright is not DEP-5" || ok
expect_grep '^License: Expat$' "$TMP/root/usr/share/doc/bulletin-lint/copyright" "the licence in the package"

# the binary alone, in a folder with no rules near it
mkdir -p "$TMP/alone/bin" && cp "$BIN" "$TMP/alone/bin/"
alone=$TMP/alone/bin/$(basename "$BIN")
findings "$alone" > "$TMP/alone.json"
cmp -s "$TMP/alone.json" "$TMP/built.json" && ok || bad "the binary alone gives other findings"
expect_status 1 "the binary alone, text output" -- "$alone" demo-flawed-draft.txt
expect_grep '^demo-flawed-draft\.txt:5:44: warning: ' "$TMP/out" "findings in text"
if [ ! -d /usr/local/share/bulletin-lint/rules ] && [ ! -d /usr/share/bulletin-lint/rules ]; then
  expect_status 0 "--explain from the binary alone" -- "$alone" --explain wording.doubled
  expect_grep '^file: \(built-in\)/wording/doubled\.lua$' "$TMP/out" "the built-in rules are used"
fi
"$BIN" --list-rules > "$TMP/rules.built"
"$alone" --list-rules > "$TMP/rules.alone"
cmp -s "$TMP/rules.built" "$TMP/rules.alone" && ok || bad "the binary alone lists other rules"
expect_status 1 "custom rules beside the built-in ones" -- "$alone" --rules "$SRC/samples/rules" demo-flawed-draft.txt

# BULLETIN_LINT_RULES: a folder of one's own replaces the built-in rules; a missing one is an error
cp -r "$SRC/rules" "$TMP/myrules" && rm "$TMP/myrules/wording/doubled.lua"
BULLETIN_LINT_RULES=$TMP/myrules "$alone" --list-rules > "$TMP/rules.mine"
expect_equal "$(grep -c '^wording\.doubled ' "$TMP/rules.mine")" 0 "BULLETIN_LINT_RULES replaces the rules"
expect_equal "$(wc -l < "$TMP/rules.mine")" "$(($(wc -l < "$TMP/rules.built") - 1))" "and keeps the others"
BULLETIN_LINT_RULES=$TMP/nowhere expect_status 2 "BULLETIN_LINT_RULES naming no folder" -- "$alone" demo-flawed-draft.txt
expect_grep "nowhere: not a rule directory" "$TMP/err" "said why"
finish
