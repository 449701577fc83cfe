-- Months run 1-12 and days to the length of their month (2月30日, 4月31日 do not exist).
local rule = {
  id = "date.impossible",
  category = "date",
  severity = "error",
  summary = "日期应真实存在（月份1—12，日不超过当月天数）",
  explain = [[
月份大于12，或日超过当月的天数（2月30日、4月31日、6月31日），都不是真实的日期；提取的文本中日期跨两行时
同样检查。2月29日可以接受，除非写明的年份不是闰年。

示例：
    4月31日，市人大常委会召开推进会
→ error: 4月没有31日]],
  options = {},
}

local days = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function leap(year) return (year % 4 == 0 and year % 100 ~= 0) or year % 400 == 0 end

function rule.check(doc, report)
  for _, c in ipairs(doc.claims) do
    if c.kind == "date" and c.month then
      if c.month < 1 or c.month > 12 then
        report{ at = c, message = "月份" .. c.month .. "不存在（应为1—12）" }
      elseif c.day and (c.day < 1 or c.day > days[c.month] or
                        (c.month == 2 and c.day == 29 and c.year and not c.year_resolved and not leap(c.year))) then
        report{ at = c, message = (c.year and (c.year .. "年") or "") .. c.month .. "月没有" .. c.day .. "日" }
      end
    end
  end
end

return rule
