#!/usr/bin/env bash
# Chinese for Chinese users: the program's own messages follow the locale (LC_ALL, LC_MESSAGES,
# LANG: zh… is Chinese, whether or not that locale is installed) and --lang; the catalogue is
# po/zh_CN.po (gettext), complete; the rules explain themselves in Chinese.
. "$(dirname "$0")/lib.sh"
flawed=$SRC/samples/demo-flawed-draft.txt

# (no zh_CN locale need be installed: the tests run where none is)
LANG=zh_CN.UTF-8 "$BIN" --color never "$flawed" > "$TMP/zh.txt"
expect_grep "demo-flawed-draft.txt:5:44: 警告: “一是”之后应为“二是”，此处为“三是” \[numbering.enumeration\]$" "$TMP/zh.txt" "LANG=zh_CN.UTF-8: the severity in Chinese"
expect_grep "demo-flawed-draft.txt:7:18: 错误: " "$TMP/zh.txt" "an error"
expect_grep '^检查了 1 个文件，发现 4 个问题（1 个错误、3 个警告、0 个提示）$' "$TMP/zh.txt" "the summary line in Chinese"
LANG=zh_CN.UTF-8 "$BIN" "$SRC/samples/zhoukou-draft.txt" > "$TMP/zh-clean.txt"
expect_grep '^检查了 1 个文件，未发现问题$' "$TMP/zh-clean.txt" "no problems, in Chinese"
LANG=zh_CN.UTF-8 "$BIN" "$SRC/samples/zhoukou-draft.txt" "$TMP/missing.txt" > "$TMP/zh-missing.txt" 2>/dev/null
expect_grep '^检查了 1 个文件，未发现问题；1 个文件未能检查（见上方的错误信息）$' "$TMP/zh-missing.txt" "files not checked, in Chinese"

# which variable counts: LC_ALL, then LC_MESSAGES, then LANG; --lang above them all
summary() { env -u LC_ALL -u LC_MESSAGES -u LANG "$@" "$BIN" "$flawed" --color never | tail -1; }
expect_equal "$(summary LC_ALL=zh_CN.UTF-8 LANG=C)" "检查了 1 个文件，发现 4 个问题（1 个错误、3 个警告、0 个提示）" "LC_ALL=zh_CN"
expect_equal "$(summary LC_ALL=C LANG=zh_CN.UTF-8)" "4 problems (1 error, 3 warnings, 0 infos) in 1 file" "LC_ALL=C wins over LANG"
expect_equal "$(summary LC_MESSAGES=zh_TW.UTF-8 LANG=en_US.UTF-8)" "检查了 1 个文件，发现 4 个问题（1 个错误、3 个警告、0 个提示）" "LC_MESSAGES=zh_TW"
expect_equal "$(summary LANG=zh_CN.GB18030)" "检查了 1 个文件，发现 4 个问题（1 个错误、3 个警告、0 个提示）" "LANG=zh_CN.GB18030"
expect_equal "$(summary LANG=en_US.UTF-8)" "4 problems (1 error, 3 warnings, 0 infos) in 1 file" "English"
expect_equal "$(env LANG=zh_CN.UTF-8 "$BIN" --lang en "$flawed" | tail -1)" "4 problems (1 error, 3 warnings, 0 infos) in 1 file" "--lang en"
expect_equal "$(env LANG=C "$BIN" --lang=zh "$flawed" | tail -1)" "检查了 1 个文件，发现 4 个问题（1 个错误、3 个警告、0 个提示）" "--lang=zh"
expect_equal "$(env LANG=C "$BIN" --lang zh "$SRC/samples/xinyang-extracted.txt" "$flawed" | tail -1)" "检查了 2 个文件，发现 9 个问题（1 个错误、8 个警告、0 个提示）" "--lang zh, two files"
expect_status 2 "--lang fr" -- "$BIN" --lang fr "$flawed"
expect_grep "lang takes zh or en, not 'fr'" "$TMP/err" "--lang checked"

# --help and the usage errors
LANG=zh_CN.UTF-8 "$BIN" --help > "$TMP/help"
expect_grep '^用法：bulletin-lint \[选项\] 文件\|目录\|- \.\.\.$' "$TMP/help" "--help in Chinese"
expect_grep '^  -f, --format FORMAT    text（默认）、json、sarif、junit、github、html 或 docx$' "$TMP/help" "the formats listed in Chinese"
expect_grep '^退出状态：0 无问题' "$TMP/help" "the exit status explained"
expect_status 2 "a usage error in Chinese" -- env LANG=zh_CN.UTF-8 "$BIN" --fial-on x "$flawed"
expect_grep '^bulletin-lint: 未知选项“--fial-on”（是否要写“--fail-on”？）$' "$TMP/err" "unknown option, in Chinese"
expect_grep '^请运行“bulletin-lint --help”查看用法。$' "$TMP/err" "the hint, in Chinese"
expect_status 2 "no file selected, in Chinese" -- env LANG=zh_CN.UTF-8 "$BIN" -r "$SRC/po"
expect_grep '没有可检查的文件：目录中没有 \.txt 或 \.docx 文件' "$TMP/err" "no file to check, in Chinese"

# the machine formats do not change with the language
"$BIN" --format json "$flawed" > "$TMP/en.json"
LANG=zh_CN.UTF-8 "$BIN" --format json "$flawed" > "$TMP/zh.json"
cmp -s "$TMP/en.json" "$TMP/zh.json" && ok || bad "the JSON output depends on the language"
LANG=zh_CN.UTF-8 "$BIN" --format sarif "$flawed" | jq -r '.runs[0].results[0].level' > "$TMP/level"
expect_equal "$(cat "$TMP/level")" "warning" "SARIF levels stay SARIF's"

# the rules explain themselves in Chinese, with their examples
for rule in $("$BIN" --list-rules | awk '{print $1}'); do
  "$BIN" --explain "$rule" > "$TMP/explain"
  if grep -q '^示例' "$TMP/explain" && [ "$(grep -cE '^[A-Za-z][a-z]+ [a-z]+ [a-z]+' "$TMP/explain")" = "0" ]; then ok
  else bad "--explain $rule: not in Chinese with an example"; fi
done

# a catalogue installed beside the binary, or named with BULLETIN_LINT_LOCALEDIR, is read
if command -v msgfmt > /dev/null; then
  mkdir -p "$TMP/locale/zh_CN/LC_MESSAGES"
  printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "warning"\nmsgstr "注意"\n' > "$TMP/test.po"
  msgfmt -o "$TMP/locale/zh_CN/LC_MESSAGES/bulletin-lint.mo" "$TMP/test.po"
  BULLETIN_LINT_LOCALEDIR="$TMP/locale" LANG=zh_CN.UTF-8 "$BIN" --color never "$flawed" > "$TMP/custom.txt"
  expect_grep ':5:44: 注意: ' "$TMP/custom.txt" "BULLETIN_LINT_LOCALEDIR: that catalogue"
  msgfmt --check -o /dev/null "$SRC/po/zh_CN.po" && ok || bad "po/zh_CN.po does not compile"
  msgfmt --statistics -o /dev/null "$SRC/po/zh_CN.po" 2> "$TMP/stats"
  if grep -qE 'untranslated|fuzzy' "$TMP/stats"; then bad "po/zh_CN.po is incomplete: $(cat "$TMP/stats")"; else ok; fi
fi
# every message marked for translation is in the catalogue (xgettext's template against it)
if command -v xgettext > /dev/null && command -v msgcmp > /dev/null; then
  xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=bl_ntr:1,2 --keyword=usage_error:1 --keyword=N_ \
    -o "$TMP/bulletin-lint.pot" "$SRC"/cli/*.c
  msgcmp "$SRC/po/zh_CN.po" "$TMP/bulletin-lint.pot" 2> "$TMP/msgcmp" && ok || bad "po/zh_CN.po misses messages: $(head -3 "$TMP/msgcmp")"
fi
finish
