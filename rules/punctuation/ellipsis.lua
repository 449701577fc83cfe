-- The ellipsis is six dots in two full-width marks (……), and is not used together with 等.
local text = require("text")

local rule = {
  id = "punctuation.ellipsis",
  category = "punctuation",
  severity = "warning",
  summary = "省略号应为“……”，且不与“等”连用",
  explain = [[
The Chinese ellipsis is “……” (GB/T 15834-2011): not “...”, “。。。” or a single “…”. An ellipsis
and “等” say the same thing, so “……等” and “等……” use one too many.

Example:
    组织座谈会、调研会……等活动
→ warning: 省略号与“等”重复，二者只用其一]],
  options = {},
}

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    for from, to in re.gmatch(s, "\\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}") do
      report{ at = node, from = from, to = to, message = "省略号应为“……”，此处为“" .. s:sub(from, to) .. "”",
              suggestion = "改为“……”", fix = "……" }
    end
    for from, to in re.gmatch(s, "……等|等……") do
      report{ at = node, from = from, to = to, message = "省略号与“等”重复，二者只用其一",
              suggestion = "删去“……”或“等”" }
    end
  end
end

return rule
