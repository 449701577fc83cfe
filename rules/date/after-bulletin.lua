-- What a bulletin reports as done cannot be dated after the bulletin itself.
local rule = {
  id = "date.after-bulletin",
  category = "date",
  severity = "warning",
  summary = "所述已发生事项的日期不应晚于简报本身的日期",
  explain = [[
简报有自己的日期（报头下的日期行）时，所报告的已发生事项不能晚于这个日期。计划和期限（将、计划、预计、拟、
力争、争取、确保、前完成）本来就指向将来，不报告。简报没有自己的日期时，这条规则不作判断。

示例（本期简报日期为2024年6月10日）：
    2024年8月12日，市人大常委会召开推进会
→ warning: 日期2024年8月12日晚于本期简报的日期2024年6月10日]],
  options = { future_words = { "将", "计划", "预计", "拟", "力争", "争取", "确保", "前完成", "年底前", "以前", "之前" } },
}

local function later(a, b)
  if a.year ~= b.year then return a.year > b.year end
  if (a.month or 0) ~= (b.month or 0) then return (a.month or 0) > (b.month or 0) end
  return (a.day or 0) > (b.day or 0)
end

function rule.check(doc, report, options)
  local own = doc.bulletin_date
  if not own then return end
  for _, c in ipairs(doc.claims) do
    -- a date without its year (11月18日) is taken in the bulletin's own month only: in another month
    -- it may be of another year
    local dated = c.kind == "date" and c.month and (c.year or (c.day and c.month == own.month))
    local full = dated and { year = c.year or own.year, month = c.month, day = c.day }
    if full and later(full, own) then
      local future = false
      for _, word in ipairs(options.future_words) do
        future = future or c.sentence.text:find(word, 1, true) ~= nil
      end
      if not future then
        report{ at = c, message = "日期" .. c.text .. "晚于本期简报的日期" .. own.year .. "年" .. own.month .. "月" .. own.day .. "日",
                suggestion = "核对日期" }
      end
    end
  end
end

return rule
