-- Chinese text takes full-width punctuation (GB/T 15834-2011): ， 。 ； ： ？ ！ （ ）.
local text = require("text")

local rule = {
  id = "punctuation.half-width",
  category = "punctuation",
  severity = "warning",
  summary = "中文文本应使用全角标点，不用半角的 , . ; : ? ! ( )",
  explain = [[
中文文本中的标点是全角的：，。；：？！（）。从 PDF 提取的文本常通篇是半角标点，这时只报告一次，给出处数
和前几处的位置，而不是报告几百次；文稿中则每处单独报告。小数点（2.5）、时间（10:30）以及英文字母或数字
之间的标点不报告。

示例：
    市人大常委会高度重视,专题研究联动监督工作.
→ warning: 中文中使用了半角“,”（应为“，”）]],
  options = { summary_from = 10 },
  -- the rule runs only on texts with one of these (the marks it reports)
  needs_text = { ",", ".", ";", ":", "?", "!", "(", ")" },
}

local full = { [","] = "，", ["."] = "。", [";"] = "；", [":"] = "：", ["?"] = "？", ["!"] = "！",
               ["("] = "（", [")"] = "）" }
local full_of_byte = {} -- the same, by the mark's byte (no string made for each place)
for mark, f in pairs(full) do full_of_byte[mark:byte()] = f end

-- Chinese text, its punctuation, and the « » that stand for 《》 in extracted text (so that one
-- --fix reaches the same text as two).
local CHINESE = "[\\x{4E00}-\\x{9FFF}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}\\x{201C}\\x{201D}\\x{AB}\\x{BB}]"
local DIGIT = "[0-9\\x{FF10}-\\x{FF19}]"

-- A half-width mark in Chinese, found in one pass: after a Chinese character (one space left by
-- extraction between them allowed: " “"), or "(" before one. A . : or , between digits (2.5, 10:30,
-- １,000: the digit before it full-width, so Chinese) is a number. The spaces after a mark go with
-- it when Chinese follows them (其中, 第一产业): one problem, one fix.
local NUMBER = "(?<=" .. DIGIT .. "|" .. DIGIT .. " )[.:,](?= ?" .. DIGIT .. ")"
local MARK = "(?<=" .. CHINESE .. "|" .. CHINESE .. " )(?!" .. NUMBER .. ")[,.;:?!)](?: +(?=" .. CHINESE .. "))?" ..
             "|\\((?= ?" .. CHINESE .. ")"

local sub, byte = string.sub, string.byte

function rule.check(doc, report, options)
  local places = {}
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    for from, to in re.gmatch(s, MARK) do
      places[#places + 1] = { at = node, from = from, to = to, fix = full_of_byte[byte(s, from)] }
    end
  end
  text.report_places(doc, report, places, options.summary_from, {
    one = function(p)
      local mark = sub(p.at.text, p.from, p.from)
      return "中文中使用了半角“" .. mark .. "”（应为“" .. p.fix .. "”）", "改为“" .. p.fix .. "”"
    end,
    many = function(count, positions)
      return "全文有" .. count .. "处半角标点用在中文里（, . ; : ? ! ( )），如" .. positions,
             "统一改为全角标点（，。；：？！（）），可用 --fix 自动改正"
    end,
  })
end

return rule
