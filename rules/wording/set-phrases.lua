-- The genre's set phrases written with one character replaced by any other Han character.
local text = require("text")
local data = require("set_phrases")
-- common_words and han_sounds (16,000 words, 400 syllables) are required when a near miss first
-- needs them: most documents have none, and the engine loads a module when it is first required.
local words, sounds

local default_phrases, default_variants = {}, {}  -- tables of the rule's own, as option defaults must be
for i, p in ipairs(data.phrases) do default_phrases[i] = p end
for p, list in pairs(data.variants) do
  local copy = {}
  for i, v in ipairs(list) do copy[i] = v end
  default_variants[p] = copy
end

local rule = {
  id = "wording.set-phrases",
  category = "wording",
  severity = "warning",
  summary = "固定提法中写错一个字（如“急难愁盼”写成“急难愁判”、“守正创新”写成“守正创薪”）",
  explain = [[
公文中有许多固定提法（守正创新、全过程人民民主、以人民为中心、真抓实干、急难愁盼……，rules/lib/set_phrases.lua
收录了数百条）。其中一个字被换成别的字（多为同音字、形近字），拼写检查发现不了，因为错误的提法仍由真实的字
组成。本规则查找每一条提法中任意一个字被换成其他汉字的写法。

不报告：另一条已知提法（老有所养与老有所依）；该提法下列为合法的说法（全面依法治国之于依法治省，高质量发展之于
高质量开展）；与两条提法各差一字的写法（老有所需）；改动的是首字或末字、且与相邻的字构成常用词的（区域发展格局
不是新发展格局，坚持发展不动摇不是毫不动摇）。选项为 `phrases`（提法表）和 `variants`（各提法的合法说法，
＊代表任一汉字）；旧选项 `confusions` 仍可使用，已不再需要。

示例：
    坚持守正创薪，发展全过程人民民注
→ warning: “守正创薪”应为“守正创新”
→ warning: “全过程人民民注”应为“全过程人民民主”]],
  options = { phrases = default_phrases, variants = default_variants, confusions = {} },
}

local WILD = "＊"
local HAN_ONLY = "^\\p{sc:Han}+$"

--- The characters of s (UTF-8), as a list.
local function chars_of(s)
  local list = {}
  for _, c in utf8.codes(s) do list[#list + 1] = utf8.char(c) end
  return list
end

-- ------------------------------------------------------------------ what the options give

-- The phrases are looked for by the engine's near_words index, in one pass over each text: every
-- window as long as a phrase and one character away from exactly one phrase of its length (老有所需
-- is as near 老有所养 as 老有所依, and is left alone), and not a phrase itself.

local built = setmetatable({}, { __mode = "k" })

local function build(options)
  local known, list = {}, {}
  for _, phrase in ipairs(options.phrases) do
    -- Han characters of three bytes (all but the rare ones of the supplementary planes)
    local n = type(phrase) == "string" and #phrase // 3 or 0
    if n >= 4 and #phrase == 3 * n and not known[phrase] and re.test(phrase, HAN_ONLY) then
      known[phrase] = true
      list[#list + 1] = phrase
    end
  end
  return { index = #list > 0 and near_words.index(list) or nil, variants = options.variants }
end

-- Whether a legitimate wording listed with the phrase stands over bytes [from, to] of s.
local function variant_over(b, phrase, s, from, to)
  local list = b.variants[phrase]
  if not list then return false end
  for _, v in ipairs(list) do
    if type(v) == "string" then
      local pattern = v:gsub(WILD, "\\p{sc:Han}")
      local at, stop = re.find(s, pattern, math.max(1, from - #v))
      while at and at <= from do
        if stop >= to then return true end
        at, stop = re.find(s, pattern, at + 1)
      end
    end
  end
  return false
end

-- Whether two characters make a common word.
local function is_word(a, b)
  words = words or require("common_words")
  local seconds = a and b and words[a]
  return seconds ~= nil and seconds:find(b, 1, true) ~= nil
end

-- Whether character b sounds like character a (a character of a phrase), tones aside.
local function sounds_like(a, b)
  sounds = sounds or require("han_sounds")
  local readings = sounds.readings[a]
  if not readings then return false end
  for syllable in readings:gmatch("%S+") do
    local chars = sounds.chars[syllable]
    if chars and chars:find(b, 1, true) then return true end
  end
  return false
end

-- The character before byte `at` of s and the one from byte `at` on (nil at the ends).
local function char_before(s, at)
  local from = at > 1 and utf8.offset(s, -1, at)
  return from and s:sub(from, at - 1) or nil
end

local function char_at(s, at)
  return s:match("^[\0-\x7F\xC2-\xF4][\x80-\xBF]*", at)
end

-- The finding for a window [from, to] of s one character away from phrase (at its character
-- number `changed`), or nil.
local function finding(b, s, from, to, phrase, changed)
  local window = s:sub(from, to)
  if not re.test(window, HAN_ONLY) then return nil end
  local chars = chars_of(window)
  local c = chars[changed]
  local c_from = from + #table.concat(chars, "", 1, changed - 1)
  if variant_over(b, phrase, s, c_from, c_from + #c - 1) then return nil end
  -- A changed first or last character that makes a common word with the character next to the
  -- window belongs to that word: the text reads otherwise (区域发展格局, 社会主义法治国家 for
  -- 依法治国). A changed character that makes a common word with its neighbour in the phrase is
  -- another wording (人民过上美好生活 for 人民至上), unless it sounds like the character it replaced:
  -- an input-method slip (以人民为忠心).
  if (changed == 1 and is_word(char_before(s, from), c)) or (changed == #chars and is_word(c, char_at(s, to + 1))) then
    return nil
  end
  if (is_word(chars[changed - 1], c) or is_word(c, chars[changed + 1]))
      and not sounds_like(phrase:sub(3 * changed - 2, 3 * changed), c) then
    return nil
  end
  return { from = from, to = to, window = window, phrase = phrase }
end

function rule.check(doc, report, options)
  local b = built[options]
  if not b then
    b = build(options)
    built[options] = b
  end
  if not b.index then return end
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if #s >= 12 then
      local found
      for _, w in ipairs(near_words.find(b.index, s)) do
        local f = finding(b, s, w.from, w.to, w.word, w.changed)
        if f then
          found = found or {}
          found[#found + 1] = f
        end
      end
      if found then
        -- a changed character inside nested phrases (中国特色社会主义 in 新时代中国特色社会主义) is
        -- reported once, with the longest
        table.sort(found, function(x, y) return x.to - x.from > y.to - y.from end)
        local kept = {}
        for _, f in ipairs(found) do
          local inside = false
          for _, k in ipairs(kept) do
            if f.from >= k.from and f.to <= k.to then inside = true break end
          end
          if not inside then kept[#kept + 1] = f end
        end
        found = kept
        table.sort(found, function(x, y) return x.from < y.from end)
        for _, f in ipairs(found) do
          report{ at = node, from = f.from, to = f.to, message = "“" .. f.window .. "”应为“" .. f.phrase .. "”",
                  suggestion = "改为“" .. f.phrase .. "”" }
        end
      end
    end
  end
end

return rule
