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
}

local full = { [","] = "，", ["."] = "。", [";"] = "；", [":"] = "：", ["?"] = "？", ["!"] = "！",
               ["("] = "（", [")"] = "）" }

-- Chinese text, its punctuation, and the « » that stand for 《》 in extracted text (so that one
-- --fix reaches the same text as two).
local function chinese(cp)
  return cp and ((cp >= 0x4E00 and cp <= 0x9FFF) or (cp >= 0x3000 and cp <= 0x303F) or
                 (cp >= 0xFF00 and cp <= 0xFFEF) or cp == 0x201C or cp == 0x201D or cp == 0xAB or cp == 0xBB)
end

local function digit(cp) return cp and ((cp >= 0x30 and cp <= 0x39) or (cp >= 0xFF10 and cp <= 0xFF19)) end

-- The character before byte p, skipping one space left by extraction (" “").
local function before(s, p)
  local q = utf8.offset(s, -1, p)
  if not q then return nil end
  local c = utf8.codepoint(s, q)
  if c == 0x20 then
    q = utf8.offset(s, -1, q)
    c = q and utf8.codepoint(s, q) or nil
  end
  return c
end

local function after(s, p)
  if p > #s then return nil end
  local c = utf8.codepoint(s, p)
  if c == 0x20 and p + 1 <= #s then c = utf8.codepoint(s, p + 1) end
  return c
end

function rule.check(doc, report, options)
  local places = {}
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    for p in re.gmatch(s, "[,.;:?!()]") do
      local c = s:byte(p)
      local prev, next = before(s, p), after(s, p + 1)
      local numeric = digit(prev) and digit(next) and (c == 46 or c == 58 or c == 44)
      local in_chinese = (c == 40 and chinese(next)) or (c == 41 and chinese(prev)) or
                         (c ~= 40 and c ~= 41 and chinese(prev))
      if in_chinese and not numeric then
        local mark = string.char(c)
        -- the spaces after it go with it (其中, 第一产业): one problem, one fix
        local to = p
        if c ~= 40 then
          local spaces_to = select(2, s:find("^ +", p + 1))
          if spaces_to and chinese(spaces_to < #s and utf8.codepoint(s, spaces_to + 1) or nil) then to = spaces_to end
        end
        places[#places + 1] = { at = node, from = p, to = to, mark = mark, full = full[mark], fix = full[mark] }
      end
    end
  end
  text.report_places(doc, report, places, options.summary_from, {
    one = function(p) return "中文中使用了半角“" .. p.mark .. "”（应为“" .. p.full .. "”）", "改为“" .. p.full .. "”" end,
    many = function(count, positions)
      return "全文有" .. count .. "处半角标点用在中文里（, . ; : ? ! ( )），如" .. positions,
             "统一改为全角标点（，。；：？！（）），可用 --fix 自动改正"
    end,
  })
end

return rule
