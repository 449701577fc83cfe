-- A bulletin issue has a masthead with its issue number and a title; where the series requires
-- them (its profile or the configuration), also the contributor line and the distribution block.
-- A missing part is reported where it should have been. Reports and other texts are not bulletins.
local profiles = require("series_profiles")

local rule = {
  id = "structure.required-parts",
  category = "structure",
  severity = "warning",
  summary = "简报应有报头（含期号）和标题；本系列要求时还应有供稿单位和报送范围",
  explain = [[
一期简报由报头识别：系列名称和期号，可以是各系列使用的任何形式（“……专辑（五十三）”、“人大工作简报”下一行
“第12期”、“政务信息　2024年第7期（总第301期）”、“政协简报（第8期）”、“〔2024〕第5期”）。这条规则报告没有
期号的报头和没有标题的简报。结尾部分各系列不同（“（……供稿）”、“报：/送：/发：”、“抄送：… 印发”，或没有），
所以只在系列要求时才报告缺少供稿单位行或报送范围：已知的系列（rules/lib/series_profiles.lua），或选项
`contributor = true`、`distribution = true`。报告（工作报告、公报）和其他文本不检查。

示例（一个要求供稿单位行的系列）：
    ……推动问题整改到位。
    报：全国人大社会建设委员会
→ warning: 缺少供稿单位行，如“（××市人大社会建设委员会供稿）”]],
  kinds = { "bulletin" },
  options = { profile = "auto", contributor = false, distribution = false },
}

local function last_body_line(doc)
  local last = doc.paragraphs[#doc.paragraphs]
  return last and last.end_line or doc.line_count
end

function rule.check(doc, report, options)
  if not doc.masthead then
    report{ line = 1, column = 1, message = "缺少报头：第一行应为简报名称和期号，如“××工作简报　第12期”" }
  elseif not doc.masthead.issue then
    report{ at = doc.masthead, message = "报头缺少期号，如“第12期”或“（五十三）”",
            suggestion = "在简报名称后（或下一行）补上期号" }
  end
  if not doc.title then
    -- where the title should be: the line after the masthead, or the masthead itself when it ends the file
    local line = doc.masthead and math.min(doc.masthead.line + 1, doc.line_count) or 1
    report{ line = line, column = 1, message = "缺少标题：报头之后应为本期标题" }
  end
  local profile = profiles.for_document(doc, options.profile)
  local requires = profile and profile.requires or {}
  if doc.goes_on then return end -- a part of a document too large to check at once: its end comes later
  if not doc.contributor and (options.contributor or requires.contributor) then
    report{ line = last_body_line(doc), column = 1,
            message = "缺少供稿单位行，如“（××市人大社会建设委员会供稿）”",
            suggestion = "在正文末尾另起一行写明供稿单位" }
  end
  if #doc.distribution == 0 and (options.distribution or requires.distribution) then
    local line = doc.contributor and doc.contributor.line or last_body_line(doc)
    report{ line = line, column = 1, message = "缺少报送范围（“报：”“发：”）" }
  end
end

return rule
