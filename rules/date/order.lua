-- Numbered events happen in their order: the second review is not dated before the first.
local rule = {
  id = "date.order",
  category = "date",
  severity = "warning",
  summary = "“第一次”“第二次”等先后事项的日期应前后有序",
  explain = [[
简报给编了号的事项写明日期时（“6月第一次审议、10月第二次审议”），序号在后的日期不能早于序号在前的。
顺序颠倒，是月份写错了或序号互换了。

示例：
    条例于10月通过第一次审议、6月第二次审议
→ warning: 第二次审议（6月）早于第一次审议（10月）]],
  options = {},
}

local function before(a, b) -- whether date a is strictly before date b (only what both state)
  if a.year and b.year and a.year ~= b.year then return a.year < b.year end
  if a.month ~= b.month then return a.month < b.month end
  if a.day and b.day then return a.day < b.day end
  return false
end

function rule.check(doc, report)
  local events = {}  -- by the words after 第N次: { n, claim, date }
  for i, c in ipairs(doc.claims) do
    if c.kind == "ordinal" and c.unit == "次" then
      local after = c.paragraph.text:sub(c.to + 1, c.to + 6)
      local date
      for j = i - 1, 1, -1 do
        local d = doc.claims[j]
        if d.sentence ~= c.sentence then break end
        if d.kind == "date" and d.month then date = d; break end
      end
      if date and #after == 6 then
        events[after] = events[after] or {}
        table.insert(events[after], { n = c.value, claim = c, date = date })
      end
    end
  end
  for what, list in pairs(events) do
    for _, later in ipairs(list) do
      for _, earlier in ipairs(list) do
        if earlier.n < later.n and before(later.date, earlier.date) then
          report{ at = later.claim, message = later.claim.text .. what .. "（" .. later.date.text .. "）早于" ..
                  earlier.claim.text .. what .. "（" .. earlier.date.text .. "）", suggestion = "核对两次的日期" }
        end
      end
    end
  end
end

return rule
