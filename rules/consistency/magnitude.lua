-- An amount far beyond what a city's bulletin reports is most likely a lost decimal point.
local numbers = require("numbers")

local rule = {
  id = "consistency.magnitude",
  category = "consistency",
  severity = "info",
  summary = "金额数量级异常（如千亿元以上），疑为小数点丢失",
  explain = [[
从 PDF 提取的文本常丢失小数点，而一个城市的工作简报很少报告1000亿元以上的金额（几个项目“总投资
３３４８亿元”原为33.48亿元）。这条是提示，请对照原文核实。只检查简报，且只检查写有三位以上有效数字的金额
（整数的7000亿元、1万亿元没有丢失小数点）。金额按本文自身的量级判断：只有同时达到文中其他金额中位数的
`scale_factor`（100）倍时才报告（全国性的报告以万亿元计），其他金额不足两个的简报则单独判断。阈值为选项
`max_money`（单位：元）。建议给出把小数点前移一位或两位的读法（以所写数字允许为限）。

示例：
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
