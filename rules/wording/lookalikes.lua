-- Characters that PDF extraction or hasty typing confuses: 己/已, 末/未, 人/入, 杜/社.
local text = require("text")

local rule = {
  id = "wording.lookalikes",
  category = "wording",
  severity = "warning",
  summary = "形近字误用（己/已、末/未、人/入、杜/社等）",
  explain = [[
Some characters look alike and are confused in typing and in text extracted from PDFs: 己/已
(己经 → 已经, 自已 → 自己), 末/未 (末来 → 未来, 尚末 → 尚未), 人/入 (深人 → 深入, 纳人 → 纳入),
杜/社 (杜会 → 社会). Only word forms that are wrong in every context are reported.

Example:
    各项工作己经全面展开
→ warning: “己经”应为“已经”]],
  options = {
    words = {
      ["己经"] = "已经", ["自已"] = "自己", ["早己"] = "早已", ["而己"] = "而已", ["己有"] = "已有",
      ["己完成"] = "已完成", ["末来"] = "未来", ["尚末"] = "尚未", ["末能"] = "未能", ["从末"] = "从未",
      ["并末"] = "并未", ["末经"] = "未经", ["深人"] = "深入", ["纳人"] = "纳入", ["列人"] = "列入",
      ["投人"] = "投入", ["进人"] = "进入", ["收人"] = "收入", ["输人"] = "输入", ["杜会"] = "社会",
      ["杜区"] = "社区",
    },
  },
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
      report{ at = node, from = from, to = to, message = "“" .. wrong .. "”应为“" .. right .. "”",
              suggestion = "改为“" .. right .. "”" }
    end
  end
end

return rule
