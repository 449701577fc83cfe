-- A project may ask for half-width digits (2023, not ２０２３); silent unless it does.
local text = require("text")

local rule = {
  id = "wording.digit-width",
  category = "wording",
  severity = "info",
  summary = "按本项目的要求统一数字的全角、半角（默认不检查）",
  explain = [[
GB/T 15835 提倡使用阿拉伯数字，数字的全角、半角由各单位自定；提取的文本中是全角数字（２０２３）。在
.bulletin-lint.lua 中设置选项 `style = "half-width"` 后，报告全角数字（数量多时汇总报告一次），--fix 会改为
半角。默认的 `style = "any"` 不报告。

示例（style = "half-width"）：
    截至２０２３年底
→ info: 数字应为半角“2023”，此处为全角“２０２３”]],
  options = { style = "any", summary_from = 10 },
}

function rule.check(doc, report, options)
  if options.style ~= "half-width" then return end
  local places = {}
  for _, node in ipairs(text.nodes(doc)) do
    for from, to in re.gmatch(node.text, "[０-９]+") do
      local digits = node.text:sub(from, to):gsub("\xEF\xBC([\x90-\x99])", function(b) return string.char(b:byte() - 0x90 + 48) end)
      places[#places + 1] = { at = node, from = from, to = to, text = node.text:sub(from, to), fix = digits }
    end
  end
  text.report_places(doc, report, places, options.summary_from, {
    one = function(p) return "数字应为半角“" .. p.fix .. "”，此处为全角“" .. p.text .. "”", "改为“" .. p.fix .. "”" end,
    many = function(count, positions) return "全文有" .. count .. "处全角数字，如" .. positions, "统一改为半角数字，可用 --fix 自动改正" end,
  })
end

return rule
