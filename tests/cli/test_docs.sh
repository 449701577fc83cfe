#!/usr/bin/env bash
# The documents' shell blocks, run literally and in order, as a reader would run them after `make`;
# then the commands of docs/ci.md's pipeline, with the package `make deb` builds: apt-get and sudo
# are stand-ins that unpack it into a folder of the test's own instead of installing it.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/tree"
cp -r "$SRC/samples" "$SRC/rules" "$TMP/tree/"
mkdir -p "$TMP/tree/build" && ln -s "$BIN" "$TMP/tree/build/bulletin-lint"
git -C "$TMP/tree" init -q   # as a clone is
blocks() { awk '/^```sh$/ { on = 1; next } /^```$/ { on = 0 } on' "$1"; }
for doc in rule-api ci; do
  blocks "$SRC/docs/$doc.md" > "$TMP/$doc.sh"
  (cd "$TMP/tree" && BULLETIN_LINT_RULES="$TMP/tree/rules" bash -e "$TMP/$doc.sh") > "$TMP/$doc.out" 2>&1
  status=$?
  expect_equal "$status" "0" "docs/$doc.md runs as written"
  [ "$status" -eq 0 ] || sed 's/^/    /' "$TMP/$doc.out" | tail -5
done
# the pipeline's `run:` steps, in order, from the first yaml block of docs/ci.md
steps() {
  awk '/^```yaml$/ { n++; on = n == 1; next } /^```$/ { on = 0 }
       on && block { match($0, /^ */); if (RLENGTH > indent) { sub(/^ */, ""); print; next } block = 0 }
       on && /^ *run: \|$/ { match($0, /^ */); indent = RLENGTH; block = 1; next }
       on && /^ *run: / { sub(/^ *run: /, ""); print }' "$1"
}
steps "$SRC/docs/ci.md" > "$TMP/pipeline.sh"
build=$(cd "$(dirname "$BIN")" && pwd)
mkdir -p "$TMP/stubs" "$TMP/deb"
if command -v dpkg-deb > /dev/null && command -v dpkg-shlibdeps > /dev/null; then
  (cd "$build" && cpack -G DEB -B "$TMP/deb") > "$TMP/cpack.log" 2>&1 || { bad "cpack failed"; tail -5 "$TMP/cpack.log"; }
  deb=$(ls "$TMP"/deb/*.deb 2>/dev/null | head -1)
else
  echo "test_docs: no dpkg-deb/dpkg-shlibdeps: the pipeline's package is stood in for by the built binary"
  deb=$TMP/deb/bulletin-lint.deb; : > "$deb"
fi
cat > "$TMP/stubs/apt-get" <<STUB
#!/usr/bin/env bash
# apt-get as the pipeline calls it: update and other packages do nothing; a .deb is unpacked
[ "\$1" = install ] || exit 0
for a in "\$@"; do
  case "\$a" in
    *.deb) if [ -s "\$a" ]; then dpkg-deb -x "\$a" "$TMP/root" && ln -sf "$TMP/root/usr/bin/bulletin-lint" "$TMP/stubs/"
           else ln -sf "$BIN" "$TMP/stubs/bulletin-lint"; fi ;;
  esac
done
STUB
printf '#!/usr/bin/env bash\nexec "$@"\n' > "$TMP/stubs/sudo"
chmod +x "$TMP/stubs/apt-get" "$TMP/stubs/sudo"
(cd "$TMP/tree" && env -u BULLETIN_LINT_RULES PATH="$TMP/stubs:$PATH" BULLETIN_LINT_DEB="file://$deb" \
   bash -e "$TMP/pipeline.sh") > "$TMP/pipeline.out" 2>&1
status=$?
expect_equal "$status" "0" "docs/ci.md's pipeline runs as written"
[ "$status" -eq 0 ] || sed 's/^/    /' "$TMP/pipeline.out" | tail -8
expect_grep '^bulletin-lint [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/pipeline.out" "the pipeline's bulletin-lint is the package's"
[ -s "$deb" ] && { [ -x "$TMP/root/usr/bin/bulletin-lint" ] && ok || bad "the package was not installed"; }
expect_grep '1 accepted finding not shown' "$TMP/pipeline.out" "the gate says it hid the accepted finding"
expect_grep 'baseline: [0-9]+ recorded findings not shown' "$TMP/pipeline.out" "and what the baseline hid"
expect_equal "$(jq -r '.version, (.runs[0].results | length)' "$TMP/tree/bulletin-lint.sarif" | tr '\n' ' ')" "2.1.0 0 " \
  "the SARIF uploaded: no new finding"
expect_equal "$(grep -c 'demo-flawed-draft' "$TMP/tree/.bulletin-lint-baseline")" 3 "the accepted finding is not in the baseline"

expect_grep '^fixtures: 2 passed, 0 failed$' "$TMP/rule-api.out" "the tutorial's test passes"
expect_grep '^draft.txt:3:6: info: “进行了调研”宜写作“调研了” \[wording.style-guide\]$' "$TMP/rule-api.out" "the tutorial's rule reports"
expect_grep '^wording.style-guide \(wording, info\)$' "$TMP/rule-api.out" "the tutorial's rule explains itself"
expect_grep '<testsuites name="bulletin-lint" tests="3" failures="0"' "$TMP/tree/junit.xml" "the baseline makes the gate pass"
expect_equal "$(jq -r '.version' "$TMP/tree/bulletin-lint.sarif")" "2.1.0" "the SARIF report is written"
finish
