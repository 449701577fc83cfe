-- 截至 (up to a time) before a date; 截止 (to stop) is a verb that does not take one.
local text = require("text")

local rule = {
  id = "wording.jiezhi",
  category = "wording",
  severity = "warning",
  summary = "表示“到某时为止”应用“截至”，不用“截止”",
  explain = [[
“截至2023年底”表示“到2023年底为止”；“截止”表示“停止、到期”，后面不接日期（“报名已经截止”，或
“截止到……”）。截止后面直接跟日期或时间词（日期、目前、今年、年底、上半年、本月……）时，应为“截至”。

示例：
    截止2023年底，全市常住人口202万
→ warning: 日期前应用“截至”，不用“截止”]],
  options = {},
  -- the rule runs only on texts with one of these
  needs_text = { "截止" },
}

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    if not node.text:find("截止", 1, true) then goto next_node end
    for from, to in re.gmatch(node.text, "截止(?=\\s*(?:[0-9０-９〇零一二三四五六七八九十]+[年月日号]|[0-9０-９]|今年|去年|上年|本年|明年|前年|目前|当前|现在|眼下|日前|年底|年初|年末|月底|月末|上半年|下半年|前三季度|[一二三四]季度|本月|上月|本周|今天|当天|当日|发稿|报告期|同期|\\p{sc:Han}{0,2}月))") do
      report{ at = node, from = from, to = to, message = "日期前应用“截至”，不用“截止”", suggestion = "改为“截至”" }
    end
    ::next_node::
  end
end

return rule
