-- Each step of the supervision plan should be reported; a step the bulletin never mentions is
-- named once, at the title, for the editor to confirm. Only bulletins of a series whose plan is
-- known (rules/lib/series_profiles.lua) or configured have steps.
local profiles = require("series_profiles")

local rule = {
  id = "required-step.supervision-steps",
  category = "required-step",
  severity = "warning",
  summary = "简报应报告监督方案规定的各个步骤（宣传发动、自查自纠、专题调研等）",
  explain = [[
The provincial plan for the linked supervision lists its steps: 宣传发动, 自查自纠, 专题调研, 执法检查,
听取审议, 专题询问, 满意度测评, 跟踪整改. A bulletin reports the steps its city carried out; a step
it never mentions (by any of the words that count for it) is reported once, at the title, so the
editor can confirm it was left out on purpose. The steps and their words are the rule option
`steps`; by default they come from the profile of the bulletin's series (rules/lib/series_profiles.lua,
recognised from the masthead, or named with the option `profile`). A bulletin of a series with no
known plan and no configured steps is not checked, and neither is any text that is not a bulletin.

Example: a bulletin that never mentions 专题询问
→ warning: 未提及监督步骤“专题询问”]],
  kinds = { "bulletin" },
  options = { profile = "auto", steps = {} },
}

function rule.check(doc, report, options)
  if not doc.title or #doc.paragraphs == 0 then return end
  local steps = options.steps
  if #steps == 0 then
    local profile = profiles.for_document(doc, options.profile)
    if not profile then return end
    steps = profile.steps
  end
  local texts = { doc.title.text }
  for _, section in ipairs(doc.sections) do texts[#texts + 1] = section.text end
  for _, paragraph in ipairs(doc.paragraphs) do texts[#texts + 1] = paragraph.text end
  local all = table.concat(texts, "\n")
  for _, step in ipairs(steps) do
    local mentioned = false
    for _, word in ipairs(step.words) do
      if all:find(word, 1, true) then mentioned = true; break end
    end
    if not mentioned then
      report{ at = doc.title, message = "未提及监督步骤“" .. step.name .. "”",
              suggestion = "如已开展，请补充说明；如未开展，请确认" }
    end
  end
end

return rule
