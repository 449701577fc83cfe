-- Headings nest in the GB/T 9704 order 一、 → （一） → 1. → （1）, without skipping a level.
local chinese = require("chinese")

local rule = {
  id = "structure.heading-levels",
  category = "structure",
  severity = "warning",
  summary = "标题层级应按“一、”“（一）”“1.”“（1）”的顺序逐级使用，不得跳级",
  explain = [[
GB/T 9704-2012（7.3.3）规定标题层级依次为 一、 → （一） → 1. → （1）。下一级标题应使用紧接的形式：“一、”
下直接用“1.”跳过了“（一）”，“一、”下直接用“（1）”跳过了两级。

示例：
    一、主要做法
    1.加强领导……
→ warning: “1.”直接出现在“一、”之下，跳过了“（一）”一级]],
  options = {},
}

local forms = { "chinese", "paren-chinese", "arabic", "paren-arabic" }

function rule.check(doc, report)
  for _, section in ipairs(doc.sections) do
    local parent = section.parent
    if section.numbered and parent and parent.numbered and section.level > parent.level + 1 then
      local skipped = chinese.marker(forms[parent.level + 1], 1)
      report{ at = section.number_text or section,
              message = "“" .. chinese.marker(section.marker, section.number) .. "”直接出现在“" ..
                        chinese.marker(parent.marker, parent.number) .. "”之下，跳过了“" .. skipped .. "”一级",
              suggestion = "改用“" .. chinese.marker(forms[parent.level + 1], section.number) .. "”，或补上中间一级标题" }
    end
  end
end

return rule
