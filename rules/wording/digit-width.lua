-- A project may ask for half-width digits (2023, not ２０２３); silent unless it does.
local text = require("text")

local rule = {
  id = "wording.digit-width",
  category = "wording",
  severity = "info",
  summary = "按本项目的要求统一数字的全角、半角（默认不检查）",
  explain = [[
GB/T 15835 prefers Arabic digits and leaves their width to house style; extracted text has
full-width ones (２０２３). With the option `style = "half-width"` in .bulletin-lint.lua, full-width
digits are reported (once, summarised, when there are many) and --fix turns them into half-width.
With the default `style = "any"` nothing is reported.

Example (style = "half-width"):
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
