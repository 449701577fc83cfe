#!/usr/bin/env bash
# The real bulletins in ../shared/corpus (when present): the model the parser builds for each,
# as checked by reading them, and a clean run of every rule.
. "$(dirname "$0")/lib.sh"
corpus=$SRC/../shared/corpus
if [ ! -d "$corpus" ]; then
  echo "test_corpus: 0 passed, 0 failed, 1 skipped (no ../shared/corpus)"
  exit 0
fi

outline() { "$BIN" --dump "$corpus/$1.txt" | jq -r '[.sections[] | "\(.marker):\(.number):\(.children | length)"] | join(" ")'; }
expect_equal "$(outline anyang)" "chinese:1:0 chinese:2:0 chinese:3:0 chinese:4:0" "anyang outline"
expect_equal "$(outline hebi)" "chinese:1:4 chinese:2:5 chinese:3:3" "hebi outline with run-in （一） subsections"
expect_equal "$(outline kaifeng)" "chinese:1:0 chinese:2:0 chinese:3:0 chinese:4:0 chinese:5:0 chinese:6:0" "kaifeng outline"
expect_equal "$(outline luoyang)" "chinese:1:0 chinese:2:0 chinese:3:0 chinese:4:0" "luoyang outline"
expect_equal "$(outline sanmenxia)" "none:0:0 none:0:0 none:0:0 none:0:0" "sanmenxia unnumbered headings"

for pair in anyang:46 hebi:47 kaifeng:43 luoyang:44 sanmenxia:53; do
  city=${pair%%:*}
  "$BIN" --dump "$corpus/$city.txt" > "$TMP/$city.json"
  expect_equal "$(jq -r '.masthead.issue_number' "$TMP/$city.json")" "${pair##*:}" "$city issue number"
  expect_equal "$(jq -r '.contributor.city.text' "$TMP/$city.json")" "$(jq -r '.title.city.text' "$TMP/$city.json")" "$city contributor city"
  expect_equal "$(jq -r '.distribution | length' "$TMP/$city.json")" "7" "$city distribution lines"
done

# paragraph boundaries: starts and ends at the lines where the bulletin's paragraphs are
starts() { jq -r '[.paragraphs[] | "\(.line)-\(.end_line)"] | join(" ")' "$TMP/$1.json"; }
expect_equal "$(starts sanmenxia)" "5-15 19-32 34-52 54-69 73-77 79-138 142-148 150-171 173-200 204-257 259-265" "sanmenxia paragraphs"
expect_equal "$(starts luoyang)" "7-19 26-54 58-95 99-144 148-177" "luoyang paragraphs"
# the page-number line 105/106 of sanmenxia is not in the text, and the wrapped words are joined
expect_equal "$(jq -r '.paragraphs[5].text | contains("卢氏县针对地域面积大、养老服务机构设置分散特点")' "$TMP/sanmenxia.json")" "true" "joined across a page break"
expect_equal "$(jq -r '[.paragraphs[].text | contains("—３—")] | any' "$TMP/sanmenxia.json")" "false" "page numbers removed"
# the enumerations: kaifeng's six sections each have one; sanmenxia's 一是…四是 under “四个一”
expect_equal "$(jq -r '[.enumerations[] | .items | length] | join(",")' "$TMP/kaifeng.json")" "2,3,2,2,3,3" "kaifeng enumerations"
expect_equal "$(jq -r '[.enumerations[] | [.items[].value] | map(tostring) | join("")] | join(",")' "$TMP/sanmenxia.json")" "123,1234" "sanmenxia enumerations"

# claims: the population total and the 60+ subgroup with their share, the three assigned problems
# split into two and one, and the rise in percentage points, each on its line
"$BIN" --dump claims "$corpus/sanmenxia.txt" > "$TMP/claims.json"
rel() { jq -r --arg k "$1" '[.relations[] | select(.kind == $k) | [.members[] | "\(.role)=\(.text)@\(.line)"] | join(" ")] | join(" | ")' "$TMP/claims.json"; }
expect_equal "$(rel share)" "part=４４４万人@7 whole=２０２万@5 share=２１９８％@7" "population share"
expect_equal "$(jq -r '[.relations[] | select(.kind == "total" and .exhaustive) | [.members[] | "\(.role)=\(.text)@\(.line)"] | join(" ")] | join(" | ")' "$TMP/claims.json")" \
  "total=３个@259 part=２项@261 part=１项@261" "three problems split into two and one"
expect_equal "$(jq -r '[.relations[] | select(.kind == "change" and .cue == "上升") | [.members[] | "\(.role)=\(.text)@\(.line)"] | join(" ")] | join(" | ")' "$TMP/claims.json")" \
  "change=２５８@9 change=１４８个百分点@9 base=２１９８％@7" "rise in percentage points"
expect_equal "$(jq -r '.claims[] | select(.text == "２０２万") | "\(.kind) \(.value) \(.noun)"' "$TMP/claims.json")" "count 2020000 常住人口" "population total"
# named counts with their items, in luoyang and kaifeng
"$BIN" --dump claims "$corpus/luoyang.txt" > "$TMP/ly.json"
expect_equal "$(jq -r '[.relations[] | select(.kind == "named-count") | "\(.members[0].text):\(.items | length)"] | join(" ")' "$TMP/ly.json")" "五个:5 七个:7" "luoyang named counts"

expect_status 1 "all five bulletins, JSON" -- "$BIN" --format json "$corpus"/*.txt
expect_equal "$(jq -r '.files | length' "$TMP/out")" "5" "five files"
expect_equal "$(jq -r '[.files[].error] | map(select(. != null)) | length' "$TMP/out")" "0" "all read"
# Every finding is a real problem (README, "What it finds in the corpus"); anything else is noise.
jq -r '.files[] | (.path | split("/") | last) as $f | .diagnostics[] | select(.category != "punctuation") | "\($f):\(.line):\(.column) \(.rule) \(.message)"' "$TMP/out" > "$TMP/findings"
cat > "$TMP/expected" <<'LIST'
anyang.txt:3:1 required-step.supervision-steps 未提及监督步骤“满意度测评”
anyang.txt:159:26 structure.paragraph-end 段落末尾缺少句末标点
hebi.txt:3:1 required-step.supervision-steps 未提及监督步骤“自查自纠”
hebi.txt:189:12 percentage.rate-over-100 完成率１１２５％，疑为小数点丢失
hebi.txt:222:11 consistency.magnitude 金额３３４８亿元达到1000亿元以上，是文中其他金额的中位数（５１５万元）的65009倍，请核实
kaifeng.txt:3:1 required-step.supervision-steps 未提及监督步骤“专题询问”
kaifeng.txt:3:1 required-step.supervision-steps 未提及监督步骤“自查自纠”
kaifeng.txt:167:12 wording.jiezhi 日期前应用“截至”，不用“截止”
kaifeng.txt:171:26 encoding.special-characters 私用区字符U+100170，应删除或换成正确的字符
kaifeng.txt:202:6 wording.set-phrases “争难愁盼”应为“急难愁盼”
luoyang.txt:3:1 required-step.supervision-steps 未提及监督步骤“专题询问”
luoyang.txt:3:1 required-step.supervision-steps 未提及监督步骤“听取审议”
sanmenxia.txt:3:1 required-step.supervision-steps 未提及监督步骤“专题询问”
sanmenxia.txt:3:1 required-step.supervision-steps 未提及监督步骤“满意度测评”
sanmenxia.txt:3:1 required-step.supervision-steps 未提及监督步骤“自查自纠”
sanmenxia.txt:7:14 percentage.share 占比２１９８％超过100%；部分（４４４万人）大于总数（２０２万）
sanmenxia.txt:9:4 percentage.points-change 上升258个百分点超过了变化后的比率21.98%
sanmenxia.txt:9:8 percentage.points-change 上升148个百分点超过了变化后的比率21.98%
sanmenxia.txt:261:23 percentage.rate-over-100 完成率７４４％超过100%：如为超额完成请核实数字
LIST
if diff "$TMP/expected" "$TMP/findings" > "$TMP/diff"; then ok; else bad "the corpus findings differ from the verified list:"; cat "$TMP/diff"; fi
# punctuation: one summary per systematic problem and file, never hundreds of findings
expect_equal "$(jq -r '[.files[] | [.diagnostics[] | select(.category == "punctuation")] | length] | join(",")' "$TMP/out")" "3,3,3,3,3" "punctuation summarised"
# the ASCII spaces the extraction left before and after quotation marks, « » and brackets
# (以 “三体一嵌” 联动, 专辑 (五十三), 鹤壁: 以), each place checked by reading the --fix-dry-run diff
expect_equal "$(jq -r '[.files[] | (.path | split("/") | last | rtrimstr(".txt")) as $f | .diagnostics[]
  | select(.rule == "punctuation.ascii-spaces") | "\($f):\(.line):\(.column) \(.message | capture("全文有(?<n>[0-9]+)处").n)"] | join(" ")' "$TMP/out")" \
  "anyang:1:28 51 hebi:1:28 16 kaifeng:1:28 14 luoyang:1:28 9 sanmenxia:1:28 28" "ASCII spaces between Chinese: one summary per file"
finish
