-- An amount far beyond what a city's bulletin reports is most likely a lost decimal point.
local numbers = require("numbers")

local rule = {
  id = "consistency.magnitude",
  category = "consistency",
  severity = "info",
  summary = "金额数量级异常（如千亿元以上），疑为小数点丢失",
  explain = [[
Text extracted from PDFs loses decimal points, and an amount of 1,000亿元 or more is rarely what a
city's work bulletin reports (“总投资３３４８亿元” for a handful of projects was 33.48亿元). The
finding is informational: confirm the figure against the original. The threshold is the option
`max_money` (in 元).

Example:
    储备项目23个、总投资3348亿元
→ info: 金额3348亿元达到1000亿元以上，请核实
   建议：疑为小数点丢失，可能是334.8亿元或33.48亿元]],
  options = { max_money = 100000000000 },
}

function rule.check(doc, report, options)
  local limit = options.max_money * numbers.SCALE
  for _, c in ipairs(doc.claims) do
    if c.kind == "money" and c.lo >= limit and c.decimals == 0 then
      local readings = {}
      for places = 1, 2 do
        readings[#readings + 1] = numbers.show_like(c, c.value // numbers.pow10(places), places)
      end
      report{ at = c, message = "金额" .. c.text .. "达到" .. numbers.show_like(c, limit, 0) .. "以上，请核实",
              suggestion = "疑为小数点丢失，可能是" .. table.concat(readings, "或") }
    end
  end
end

return rule
