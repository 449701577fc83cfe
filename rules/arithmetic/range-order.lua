-- A range runs from the smaller to the larger number: ３－２人 is written backwards.
local numbers = require("numbers")

local rule = {
  id = "arithmetic.range-order",
  category = "arithmetic",
  severity = "warning",
  summary = "数值范围应由小到大书写",
  explain = [[
“２－３人”“63%～68%”这样的范围应由小数写到大数。“３－２人”写反了，或其中一个数有误。

示例：
    由3－2人组成调研小组
→ warning: 范围3－2人前大后小]],
  options = {},
}

function rule.check(doc, report)
  for _, c in ipairs(doc.claims) do
    if c.kind == "range" and c.hi and c.lo > c.hi then
      report{ at = c, message = "范围" .. c.text .. "前大后小",
              suggestion = "改为" .. numbers.format(c.hi) .. "～" .. numbers.format(c.lo) .. "，或核对数字" }
    end
  end
end

return rule
