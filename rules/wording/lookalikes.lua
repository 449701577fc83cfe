-- Characters that PDF extraction or hasty typing confuses: 己/已, 末/未, 人/入, 杜/社.
local text = require("text")
local words = require("lookalike_words")

local default_forms = {}  -- a table of the rule's own, as option defaults must be
for wrong, right in pairs(words.forms) do default_forms[wrong] = right end

local rule = {
  id = "wording.lookalikes",
  category = "wording",
  severity = "warning",
  summary = "形近字误用（己/已、末/未、人/入、杜/社等）",
  explain = [[
有些字形状相近，录入时和从 PDF 提取的文本中容易混淆：己/已（己经 → 已经，自已 → 自己）、末/未（末来 → 未来，
尚末 → 尚未）、人/入（深人 → 深入，纳人 → 纳入）、杜/社（杜会 → 社会）。本身是两个词的组合不报告：促进人才
（促进＋人才）、吸纳人员、利己经营、周末来访（见 rules/lib/lookalike_words.lua）。

示例：
    各项工作己经全面展开
→ warning: “己经”应为“已经”]],
  options = { words = default_forms },
}

-- The pattern depends on the options only: built once per options table.
local pattern_of = setmetatable({}, { __mode = "k" })

function rule.check(doc, report, options)
  if not pattern_of[options] then
    local wrong_forms = {}
    for wrong in pairs(options.words) do wrong_forms[#wrong_forms + 1] = wrong end
    pattern_of[options] = re.any_of(wrong_forms)
  end
  local pattern = pattern_of[options]
  if pattern == "" then return end
  for _, node in ipairs(text.nodes(doc)) do
    for from, to in re.gmatch(node.text, pattern) do
      local wrong = node.text:sub(from, to)
      local right = options.words[wrong]
      local after_set, before_set = words.next_makes_word[wrong], words.previous_makes_word[wrong]
      local next_char = node.text:match("^[\0-\x7F\xC2-\xF4][\x80-\xBF]*", to + 1)
      local prev_at = utf8.offset(node.text, -1, from)
      local prev_char = prev_at and prev_at < from and node.text:sub(prev_at, from - 1) or nil
      if (after_set and next_char and after_set[next_char]) or (before_set and prev_char and before_set[prev_char]) then
        right = nil
      end
      if right then
        report{ at = node, from = from, to = to, message = "“" .. wrong .. "”应为“" .. right .. "”",
                suggestion = "改为“" .. right .. "”" }
      end
    end
  end
end

return rule
