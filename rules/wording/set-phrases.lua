-- The genre's set phrases written with one character replaced by a homophone or look-alike.
local text = require("text")

local rule = {
  id = "wording.set-phrases",
  category = "wording",
  severity = "warning",
  summary = "固定提法中的同音字、形近字（如“急难愁盼”写成“急难愁判”）",
  explain = [[
公文中有许多固定提法（急难愁盼、四不两直、全过程人民民主、人民至上……）。其中一个字被同音字或形近字替换，
拼写检查发现不了，因为错误的提法仍由真实的字组成。这些提法和要查找的替换是规则选项。

示例：
    解决老年人的“急难愁判”问题
→ warning: “急难愁判”应为“急难愁盼”]],
  options = {
    phrases = { "急难愁盼", "四不两直", "全过程人民民主", "人民至上", "以人民为中心", "老有所养",
                "老有所依", "老有所为", "老有所乐", "老有颐养", "医养结合", "联动监督", "守正创新",
                "真抓实干", "久久为功", "立行立改", "钉钉子精神", "国之大者" },
    confusions = { ["盼"] = "判叛畔攀", ["直"] = "值植置执", ["程"] = "城成承", ["主"] = "注住柱",
                   ["至"] = "致只止", ["心"] = "新信", ["养"] = "样仰氧", ["依"] = "衣医", ["乐"] = "了",
                   ["结"] = "接节洁", ["监"] = "检坚", ["督"] = "都", ["创"] = "闯", ["干"] = "赶",
                   ["功"] = "攻工公", ["改"] = "该", ["精"] = "经睛", ["颐"] = "宜怡", ["愁"] = "仇",
                   ["难"] = "南", ["急"] = "及即", ["正"] = "政整", ["实"] = "时事", ["久"] = "九", ["为"] = "维" },
  },
}

-- The wrong forms: each phrase with one character replaced by one of its confusions.
local function variants(options)
  local list = {}
  for _, phrase in ipairs(options.phrases) do
    local chars = {}
    for _, c in utf8.codes(phrase) do chars[#chars + 1] = utf8.char(c) end
    for i, c in ipairs(chars) do
      local swaps = options.confusions[c]
      if swaps then
        for _, s in utf8.codes(swaps) do
          local copy = { table.unpack(chars) }
          copy[i] = utf8.char(s)
          list[#list + 1] = { wrong = table.concat(copy), right = phrase }
        end
      end
    end
  end
  return list
end

-- The wrong forms depend on the options only: built once per options table.
local built = setmetatable({}, { __mode = "k" })

local function pattern_for(options)
  if not built[options] then
    local right_of, wrong_forms = {}, {}
    for _, v in ipairs(variants(options)) do
      right_of[v.wrong] = v.right
      wrong_forms[#wrong_forms + 1] = v.wrong
    end
    built[options] = { right_of = right_of, pattern = re.any_of(wrong_forms) }
  end
  return built[options].pattern, built[options].right_of
end

function rule.check(doc, report, options)
  local pattern, right_of = pattern_for(options)    -- built once per options table
  if pattern == "" then return end
  for _, node in ipairs(text.nodes(doc)) do
    for from, to in re.gmatch(node.text, pattern) do
      local wrong = node.text:sub(from, to)
      report{ at = node, from = from, to = to, message = "“" .. wrong .. "”应为“" .. right_of[wrong] .. "”",
              suggestion = "改为“" .. right_of[wrong] .. "”" }
    end
  end
end

return rule
