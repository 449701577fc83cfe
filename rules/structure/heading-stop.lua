-- A heading standing on its own line takes no full stop (a run-in heading does).
local text = require("text")

local rule = {
  id = "structure.heading-stop",
  category = "structure",
  severity = "warning",
  summary = "单独成行的标题末尾不加句号",
  explain = [[
单独成行的标题末尾不加句号（GB/T 9704 的惯例）；与正文连排的标题（“（一）提升站位。将……”）末尾要加句号，
不报告。

示例：
    一、提高站位，压实责任。
→ warning: 单独成行的标题末尾不应有句号]],
  options = {},
}

-- items of a list each end in ；(主要内容是：一、……；二、……；三、……。)
local ends_semicolon = text.ends_semicolon

function rule.check(doc, report)
  local previous_at_level = {}
  for _, section in ipairs(doc.sections) do
    local before = previous_at_level[section.level]
    previous_at_level[section.level] = section
    if section.ends_with_stop and not section.run_in and not ends_semicolon(before) then
      local text = section.text
      local last = utf8.offset(text, -1)
      report{ at = section, from = last, to = #text, message = "单独成行的标题末尾不应有句号",
              suggestion = "删去句末的“" .. text:sub(last) .. "”" }
    end
  end
end

return rule
