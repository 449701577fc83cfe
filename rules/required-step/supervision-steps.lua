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
全省联动监督方案列出了各个步骤：宣传发动、自查自纠、专题调研、执法检查、听取审议、专题询问、满意度测评、
跟踪整改。简报报告本市开展了哪些步骤；一个步骤从未提及（算作该步骤的词都没有出现）时，在标题处报告一次，
请编辑确认是有意略去。步骤及其用词是规则选项 `steps`；默认取自本简报所属系列的设定（rules/lib/series_profiles.lua，
根据报头识别，或用选项 `profile` 指定）。没有已知方案、也没有配置步骤的系列不检查，不是简报的文本也不检查。

示例：一期从未提到专题询问的简报
→ warning: 未提及监督步骤“专题询问”]],
  kinds = { "bulletin" },
  options = { profile = "auto", steps = {} },
}

function rule.check(doc, report, options)
  -- a part of a document too large to check at once has only some of its steps
  if not doc.title or #doc.paragraphs == 0 or doc.goes_on then return end
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
