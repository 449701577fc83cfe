-- A heading standing on its own line takes no full stop (a run-in heading does).
local text = require("text")
local chinese = require("chinese")

local rule = {
  id = "structure.heading-stop",
  category = "structure",
  severity = "warning",
  summary = "单独成行的标题末尾不加句号",
  explain = [[
单独成行的标题末尾不加句号（GB/T 9704 的惯例）；与正文连排的标题（“（一）提升站位。将……”）末尾要加句号，
不报告。标题写成句子（“一、提高站位，压实责任。”）时，以及在报告和其他公文中（常按惯例在这类标题末尾
加句号），只作提示（info）。一篇文稿中有5处以上时（常见于把连排标题排成单独段落的文稿），报告一次，给出处数和前几处的位置。
可用 --fix 删去这些句号。

示例：
    一、提高站位，压实责任。
→ warning: 单独成行的标题末尾不应有句号]],
  options = { summary_from = 5 },
}

-- items of a list each end in ；(主要内容是：一、……；二、……；三、……。)
local ends_semicolon = text.ends_semicolon

-- The levels at which the document runs most headings into their text: there a stop after a
-- standalone heading of that level is the document's convention (（一）…。 in State Council documents).
local function levels_run_in(doc)
  local run_in, standalone, levels = {}, {}, {}
  for _, section in ipairs(doc.sections) do
    local counts = section.run_in and run_in or standalone
    counts[section.level] = (counts[section.level] or 0) + 1
  end
  for level, n in pairs(run_in) do
    if n >= (standalone[level] or 0) then levels[level] = true end
  end
  return levels
end

-- The node before each text node, for telling a list's items from headings: （1）… after a lead
-- ending in ：, and （3）其他情况。 after the paragraphs （1）…、（2）…, are items of a list.
local function previous_nodes(doc)
  local previous, last = {}, nil
  for _, node in ipairs(doc.text_nodes) do
    previous[node] = last
    last = node
  end
  return previous
end

local function item_of_a_list(doc, section, state)
  state.previous = state.previous or previous_nodes(doc)
  local before = state.previous[section]
  if not before or not section.numbered then return false end
  local t = before.text
  if t:sub(-#"：") == "：" or t:sub(-1) == ":" then return true end  -- after its lead: 有下列情形之一的：
  if section.number < 2 then return false end
  local marker = chinese.marker(section.marker, section.number - 1)
  return before.text:gsub("^[　 ]*", ""):sub(1, #marker) == marker
end

function rule.check(doc, report, options)
  local previous_at_level = {}
  local run_in, state = levels_run_in(doc), {}  -- state.previous: built when a heading ends in a stop
  local places, sentences = {}, 0
  for _, section in ipairs(doc.sections) do
    local before = previous_at_level[section.level]
    previous_at_level[section.level] = section
    if section.ends_with_stop and not section.run_in and not ends_semicolon(before) and
       not run_in[section.level] and not item_of_a_list(doc, section, state) then
      local last = utf8.offset(section.text, -1)
      places[#places + 1] = { at = section, from = last, to = #section.text, fix = "", mark = section.text:sub(last) }
      if section.text:find("，", 1, true) then sentences = sentences + 1 end
    end
  end
  -- headings that are sentences of two clauses (（一）GDP量速齐增，接续产业作用突显。) often keep their
  -- stop by a series' convention: when most are, the stops are worth a look (info), not a warning
  local as_sentences = #places > 0 and sentences * 2 >= #places
  -- reports and other official texts (政府工作报告, State Council documents) often keep the stop after
  -- their sentence-like headings by convention: there too a finding is worth a look, not a warning
  local soft = as_sentences or doc.kind ~= "bulletin"
  local say = soft and function(finding) finding.severity = "info"; report(finding) end or report
  -- a document whose headings all end so (its run-in headings set as paragraphs of their own) gets
  -- one finding that names the first places, not one per heading
  local why = as_sentences and "本标题是句子，" or ""
  text.report_places(doc, say, places, options.summary_from, soft and {
    one = function(p) return "单独成行的标题末尾一般不加句号（" .. why .. "如为本系列的惯例可保留）",
                             "删去句末的“" .. p.mark .. "”，或保留并统一全文" end,
    many = function(count, positions)
      return "全文有" .. count .. "个单独成行的标题末尾有句号，如" .. positions ..
             "（一般不加句号；如为本文的惯例可保留）", "删去这些标题末尾的句号，或保留并统一全文"
    end,
  } or {
    one = function(p) return "单独成行的标题末尾不应有句号", "删去句末的“" .. p.mark .. "”" end,
    many = function(count, positions)
      return "全文有" .. count .. "个单独成行的标题末尾有句号，如" .. positions, "删去这些标题末尾的句号"
    end,
  })
end

return rule
