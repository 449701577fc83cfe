-- A heading standing on its own line takes no full stop (a run-in heading does).
local text = require("text")

local rule = {
  id = "structure.heading-stop",
  category = "structure",
  severity = "warning",
  summary = "单独成行的标题末尾不加句号",
  explain = [[
单独成行的标题末尾不加句号（GB/T 9704 的惯例）；与正文连排的标题（“（一）提升站位。将……”）末尾要加句号，
不报告。一篇文稿中有5处以上时（常见于把连排标题排成单独段落的文稿），报告一次，给出处数和前几处的位置。
可用 --fix 删去这些句号。

示例：
    一、提高站位，压实责任。
→ warning: 单独成行的标题末尾不应有句号]],
  options = { summary_from = 5 },
}

-- items of a list each end in ；(主要内容是：一、……；二、……；三、……。)
local ends_semicolon = text.ends_semicolon

function rule.check(doc, report, options)
  local previous_at_level = {}
  local places = {}
  for _, section in ipairs(doc.sections) do
    local before = previous_at_level[section.level]
    previous_at_level[section.level] = section
    if section.ends_with_stop and not section.run_in and not ends_semicolon(before) then
      local last = utf8.offset(section.text, -1)
      places[#places + 1] = { at = section, from = last, to = #section.text, fix = "", mark = section.text:sub(last) }
    end
  end
  -- a document whose headings all end so (its run-in headings set as paragraphs of their own) gets
  -- one finding that names the first places, not one per heading
  text.report_places(doc, report, places, options.summary_from, {
    one = function(p) return "单独成行的标题末尾不应有句号", "删去句末的“" .. p.mark .. "”" end,
    many = function(count, positions)
      return "全文有" .. count .. "个单独成行的标题末尾有句号，如" .. positions, "删去这些标题末尾的句号"
    end,
  })
end

return rule
