-- Characters that are not text: private-use glyphs, replacement characters, invisible marks.
local text = require("text")

local rule = {
  id = "encoding.special-characters",
  category = "encoding",
  severity = "warning",
  summary = "文本中不应有私用区字符、替换字符（�）和不可见字符",
  explain = [[
私用区字符（U+E000–U+F8FF，第15、16平面）只在某一种字体里有字形，往往是 PDF 提取时替代间隔号或特殊符号
留下的；U+FFFD（�）表示有字节无法解码；零宽字符和其他不可见字符（U+200B–U+200F、U+2060、U+00AD、文中的
U+FEFF）藏在复制来的文字里，妨碍检索。每处都报告其码位。

示例：
    习近平总书记强调（此处以 U+E5E5 代替了“·”）
→ warning: 私用区字符U+E5E5，显示取决于字体]],
  options = { summary_from = 5 },
}

local function kind(c)
  if (c >= 0xE000 and c <= 0xF8FF) or c >= 0xF0000 then return "私用区字符" end
  if c == 0xFFFD then return "替换字符（原文无法解码）" end
  if (c >= 0x200B and c <= 0x200F) or c == 0x2060 or c == 0x00AD or c == 0xFEFF or (c >= 0x202A and c <= 0x202E) then
    return "不可见字符"
  end
end

local function han(cp) return cp ~= nil and cp >= 0x4E00 and cp <= 0x9FFF end

local SPECIAL = "[\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{10FFFF}\\x{FFFD}\\x{200B}-\\x{200F}\\x{2060}\\x{00AD}\\x{FEFF}\\x{202A}-\\x{202E}]"

function rule.check(doc, report, options)
  local places = {}
  for _, node in ipairs(text.nodes(doc)) do
    for p, to in re.gmatch(node.text, SPECIAL) do
      local c = utf8.codepoint(node.text, p)
      -- between two Chinese words, a private-use glyph is most often a lost middle dot (添彩·人大代表);
      -- the neighbours are whole characters (a byte slice could cut one in two)
      local before = p > 1 and utf8.codepoint(node.text, utf8.offset(node.text, -1, p)) or nil
      local after = to < #node.text and utf8.codepoint(node.text, to + 1) or nil
      local between = han(before) and han(after)
      places[#places + 1] = { at = node, from = p, to = to, kind = kind(c), code = string.format("U+%04X", c),
                              dot = between and kind(c) == "私用区字符" }
    end
  end
  text.report_places(doc, report, places, options.summary_from, {
    one = function(p)
      return p.kind .. p.code .. "，应删除或换成正确的字符",
             p.dot and "疑为间隔号，可改为“·”" or "删除或改为应有的字符"
    end,
    many = function(count, positions) return "全文有" .. count .. "处私用区、替换或不可见字符，如" .. positions,
                                             "逐一删除或改为应有的字符" end,
  })
end

return rule
