-- A house style: phrases this office avoids, each with the wording it prefers.
local text = require("text")

local rule = {
  id = "wording.avoid-phrases",
  category = "wording",
  severity = "info",
  summary = "本单位文风要求避免的说法",
  explain = [[
自定义规则示例：本单位的文风要求列出应避免的说法和建议的写法。列表是选项 `phrases`，项目可以在
.bulletin-lint.lua 中修改。

示例：
    对养老机构进行了检查
→ info: 避免使用“进行了检查”，建议写作“检查了”]],
  options = { phrases = { ["进行了检查"] = "检查了", ["取得了良好的效果"] = "效果良好" } },
}

function rule.check(doc, report, options)
  for _, node in ipairs(text.nodes(doc)) do
    for phrase, better in pairs(options.phrases) do
      local from, to = node.text:find(phrase, 1, true)
      while from do
        report{ at = node, from = from, to = to, message = "避免使用“" .. phrase .. "”，建议写作“" .. better .. "”",
                suggestion = "改为“" .. better .. "”" }
        from, to = node.text:find(phrase, to + 1, true)
      end
    end
  end
end

return rule
