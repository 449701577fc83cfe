-- The ellipsis is six dots in two full-width marks (……), and is not used together with 等.
local text = require("text")

local rule = {
  id = "punctuation.ellipsis",
  category = "punctuation",
  severity = "warning",
  summary = "省略号应为“……”，且不与“等”连用",
  explain = [[
中文的省略号是“……”（GB/T 15834-2011），不是“...”“。。。”或单个“…”。省略号和“等”意思相同，“……等”
“等……”多用了一个。

示例：
    组织座谈会、调研会……等活动
→ warning: 省略号与“等”重复，二者只用其一]],
  options = {},
  -- the rule runs only on texts with one of these (what it looks for contains one of these)
  needs_text = { "…", "...", "。。。" },
}

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    -- both patterns need … or three dots or three 。: most texts have none, and are not searched
    if not (s:find("…", 1, true) or s:find("...", 1, true) or s:find("。。。", 1, true)) then goto next_node end
    for from, to in re.gmatch(s, "\\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}") do
      report{ at = node, from = from, to = to, message = "省略号应为“……”，此处为“" .. s:sub(from, to) .. "”",
              suggestion = "改为“……”", fix = "……" }
    end
    for from, to in re.gmatch(s, "……等|等……") do
      report{ at = node, from = from, to = to, message = "省略号与“等”重复，二者只用其一",
              suggestion = "删去“……”或“等”" }
    end
    ::next_node::
  end
end

return rule
