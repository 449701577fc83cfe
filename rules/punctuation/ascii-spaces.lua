-- No ASCII spaces between Chinese characters and Chinese punctuation (GB/T 15834-2011: the marks
-- take their own full width; Chinese words are not separated by spaces).
local text = require("text")
local titles = require("official_titles")

local rule = {
  id = "punctuation.ascii-spaces",
  category = "punctuation",
  severity = "warning",
  summary = "汉字和中文标点之间不应有半角空格",
  explain = [[
中文的字与字、字与标点之间不加空格：全角标点本身已占一个字的宽度。从 PDF 提取的文本和从网页复制的文字
常在汉字和标点之间留下半角空格（“三门峡： 在”“专辑 （五十三）”“以 “三体一嵌” 联动”）。文稿中每处单独
报告；提取的文本中有许多处时，报告一次，给出处数和前几处的位置。可用 --fix 自动删去这些空格。

半角标点用在中文里（“三门峡: 在”）时也算中文标点；其后的空格由 punctuation.half-width 一并报告，
--fix 一次改好标点并删去空格。只报告两侧都是汉字或中文标点的空格：英文、数字与汉字之间的空格（“2024年 GDP”“第 3 期”“APP 上线”），
英文词之间的空格，行首用于缩进的空格，讲话人、署名行中职务和姓名之间的空格（“广东省省长 孟凡利”），以及逐字隔开排的报头或标题
（“提 案 工 作 简 报”），都不报告。全角空格（　）不是半角空格，也不报告。

示例：
    三门峡： 在助推养老服务发展中彰显人大力量
→ warning: 汉字和中文标点之间有半角空格
  建议：删去空格]],
  options = { summary_from = 5 },
  -- the rule runs only on texts with one of these
  needs_text = { " " },
}

-- A Han character, or a Chinese punctuation mark (full-width forms other than digits and Latin
-- letters, CJK marks other than the ideographic space, “ ” ‘ ’, …, and the « » extracted text
-- writes for 《》).
local function han(cp)
  return (cp >= 0x4E00 and cp <= 0x9FFF) or (cp >= 0x3400 and cp <= 0x4DBF) or (cp >= 0xF900 and cp <= 0xFAFF) or
         (cp >= 0x20000 and cp <= 0x2FA1F)
end

local function chinese_mark(cp)
  if cp >= 0xFF10 and cp <= 0xFF19 then return false end           -- full-width digits
  if (cp >= 0xFF21 and cp <= 0xFF3A) or (cp >= 0xFF41 and cp <= 0xFF5A) then return false end -- letters
  return (cp > 0x3000 and cp <= 0x303F) or (cp >= 0xFF01 and cp <= 0xFF60) or (cp >= 0xFE30 and cp <= 0xFE4F) or
         cp == 0x201C or cp == 0x201D or cp == 0x2018 or cp == 0x2019 or cp == 0x2026 or cp == 0x2014 or
         cp == 0xAB or cp == 0xBB or cp == 0xB7
end

local function quote(cp)
  return cp == 0x201C or cp == 0x201D or cp == 0x2018 or cp == 0x2019 or cp == 0xAB or cp == 0xBB
end

-- Whether the spaces stand between two Chinese characters or marks: at least one of them Han or a
-- mark of Chinese alone (quotation marks are also English).
local function between_chinese(a, b)
  if not (han(a) or chinese_mark(a)) or not (han(b) or chinese_mark(b)) then return false end
  return not (quote(a) and quote(b))
end

-- A half-width mark that punctuation.half-width takes for a Chinese one (and --fix makes one in the
-- same pass): , . ; : ? ! ) after a Chinese character, ( before one.
local closing_marks = { [0x2C] = true, [0x2E] = true, [0x3B] = true, [0x3A] = true, [0x3F] = true, [0x21] = true,
                        [0x29] = true }

local function char_before(s, p)
  local q = p > 1 and utf8.offset(s, -1, p) or nil
  return q and utf8.codepoint(s, q) or nil, q
end

local function char_at(s, p)
  return p <= #s and utf8.codepoint(s, p) or nil
end

-- The character before the spaces at byte from, a half-width mark after Chinese counting as a
-- Chinese one.
local function left_of(s, from)
  local a, q = char_before(s, from)
  if a and closing_marks[a] then
    local c = char_before(s, q)
    return c and (han(c) or chinese_mark(c)) and 0x3001 or a
  end
  return a
end

local function right_of(s, to)
  local b = char_at(s, to + 1)
  if b == 0x28 then
    local c = char_at(s, to + 2)
    return c and han(c) and 0xFF08 or b
  end
  return b
end

-- The last character of each title (长, 席, 任 …): a space after any other is after no title.
local title_ends = {}
for _, title in ipairs(titles) do title_ends[title:sub(utf8.offset(title, -1))] = true end

-- 广东省省长 孟凡利: the space between a title and the name in a short speaker's or signer's line
local function after_title(s, from)
  if #s > 40 * 4 or utf8.len(s) > 40 then return false end
  local last = from > 1 and utf8.offset(s, -1, from)
  if not last or not title_ends[s:sub(last, from - 1)] then return false end
  local before = s:sub(1, from - 1)
  for _, title in ipairs(titles) do
    if before:sub(-#title) == title then return true end
  end
  return false
end

-- 提 案 工 作 简 报: a name spaced out letter by letter (a masthead or a title set wide)
local function letter_spaced(s)
  return re.test(s, "^[　 ]*(?:\\p{sc:Han} )+\\p{sc:Han}[　 ]*$")
end

function rule.check(doc, report, options)
  local places = {}
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if not s:find(" ", 1, true) then goto next_node end -- most nodes have no space
    local spaced -- whether the text is spaced out letter by letter: read at its first place
    for from, to in re.gmatch(s, "(?<=[^ ]) +(?=[^ ])") do
      local a, b = left_of(s, from), right_of(s, to)
      -- after a half-width mark in Chinese the spaces are part of punctuation.half-width's finding
      local after_half_width = a == 0x3001 and closing_marks[char_before(s, from)] and b ~= 0xFF08
      if a and b and between_chinese(a, b) and not after_half_width and not after_title(s, from) then
        if spaced == nil then spaced = letter_spaced(s) end
        if spaced then break end
        places[#places + 1] = { at = node, from = from, to = to, fix = "" }
      end
    end
    ::next_node::
  end
  text.report_places(doc, report, places, options.summary_from, {
    one = function() return "汉字和中文标点之间有半角空格", "删去空格" end,
    many = function(count, positions)
      return "全文有" .. count .. "处汉字或中文标点之间有半角空格，如" .. positions, "删去这些空格"
    end,
  })
end

return rule
