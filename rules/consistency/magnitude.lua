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
finding is informational: confirm the figure against the original. Only bulletins are checked, and only
amounts written with three or more significant digits (a round 7000亿元 lost no decimal point). The
amount is judged against the document's own scale: it is reported only when it is also at least `scale_factor` (100) times
the median of the other amounts in the text (a national report counts in 万亿元), or, in a bulletin
with fewer than two other amounts, on its own. The threshold is the option `max_money` (in 元). The
suggested readings put the decimal point back one or two places, as far as the digits written allow.

Example:
    储备项目23个、总投资3348亿元
→ info: 金额3348亿元达到1000亿元以上，请核实
   建议：疑为小数点丢失，可能是334.8亿元或33.48亿元]],
  kinds = { "bulletin" },
  options = { max_money = 100000000000, scale_factor = 100 },
}

-- The median of the other amounts of money in the document: its own scale (a county's bulletin
-- counts in 万元, a national report in 亿元 and 万亿元).
local function median_of_others(claims, except)
  local others = {}
  for _, c in ipairs(claims) do
    if c ~= except then others[#others + 1] = c end
  end
  if #others == 0 then return nil, 0 end
  table.sort(others, function(a, b) return a.value < b.value end)
  return others[(#others + 1) // 2], #others
end

local function significant_digits(c)
  local digits = {}
  for _, cp in utf8.codes(c.number.text) do
    if cp >= 0x30 and cp <= 0x39 then digits[#digits + 1] = cp - 0x30
    elseif cp >= 0xFF10 and cp <= 0xFF19 then digits[#digits + 1] = cp - 0xFF10 end
  end
  local n = #digits
  while n > 0 and digits[n] == 0 do n = n - 1 end
  return n
end

function rule.check(doc, report, options)
  local limit = options.max_money * numbers.SCALE
  local money = {}
  for _, c in ipairs(doc.claims) do
    if c.kind == "money" then money[#money + 1] = c end
  end
  for _, c in ipairs(money) do
    -- a lost decimal point leaves three or more significant digits (３３４８亿元); 7000亿元 and 1万亿元 lost none
    if c.lo >= limit and c.decimals == 0 and significant_digits(c) >= 3 then
      local median, others = median_of_others(money, c)
      local out_of_scale
      if others >= 2 then out_of_scale = median.value > 0 and c.lo // median.value >= options.scale_factor
      else out_of_scale = doc.kind == "bulletin" end
      if out_of_scale then
        local readings = {}
        for places = 1, math.min(2, numbers.digit_count(c) - 1) do
          readings[#readings + 1] = numbers.show_like(c, c.value // numbers.pow10(places), places)
        end
        local suggestion = #readings > 0 and ("疑为小数点丢失，可能是" .. table.concat(readings, "或")) or "核对原稿"
        local against = others >= 2 and ("，是文中其他金额的中位数（" .. median.text .. "）的" ..
                        tostring(c.value // median.value) .. "倍") or ""
        report{ at = c, message = "金额" .. c.text .. "达到" .. numbers.show_like(c, limit, 0) .. "以上" .. against .. "，请核实",
                suggestion = suggestion }
      end
    end
  end
end

return rule
