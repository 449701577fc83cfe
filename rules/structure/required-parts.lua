-- Every bulletin has a masthead with its issue number, a title, a contributor line and the
-- distribution block; a missing one is reported where it should have been.
local rule = {
  id = "structure.required-parts",
  category = "structure",
  severity = "warning",
  summary = "简报应有报头（含期号）、标题、供稿单位和报送范围",
  explain = [[
A bulletin issue is recognised by its parts: the masthead (series title and issue number, e.g.
“……联动监督专辑（五十三）”), the title, the contributor line “（××市人大社会建设委员会供稿）”
after the body, and the distribution block (“报：” and “发：” lines). This rule reports each part
it cannot find, at the place where it belongs.

Example (no contributor line):
    ……推动问题整改到位。
    报：全国人大社会建设委员会
→ warning: 缺少供稿单位行，如“（××市人大社会建设委员会供稿）”]],
  options = {},
}

local function last_body_line(doc)
  local last = doc.paragraphs[#doc.paragraphs]
  return last and last.end_line or doc.line_count
end

function rule.check(doc, report)
  if not doc.masthead then
    report{ line = 1, column = 1, message = "缺少报头：第一行应为简报名称和期号，如“……专辑（五十三）”" }
  elseif not doc.masthead.issue then
    report{ at = doc.masthead, message = "报头缺少期号，如“（五十三）”",
            suggestion = "在简报名称后补上期号" }
  end
  if not doc.title then
    local line = doc.masthead and doc.masthead.line + 1 or 1
    report{ line = line, column = 1, message = "缺少标题：报头之后应为本期标题" }
  end
  if not doc.contributor then
    report{ line = last_body_line(doc), column = 1,
            message = "缺少供稿单位行，如“（××市人大社会建设委员会供稿）”",
            suggestion = "在正文末尾另起一行写明供稿单位" }
  end
  if #doc.distribution == 0 then
    local line = doc.contributor and doc.contributor.line or last_body_line(doc)
    report{ line = line, column = 1, message = "缺少报送范围（“报：”“发：”）" }
  end
end

return rule
