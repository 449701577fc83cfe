-- The genre's set phrases written with one character replaced by any other Han character.
local text = require("text")
local data = require("set_phrases")
local words = require("common_words")
local sounds = require("han_sounds")

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

-- ------------------------------------------------------------------ the patterns

-- For each phrase, the forms with one character changed are found by words that begin with a
-- character of the phrase: the phrase with one of its characters after the first left open
-- (守正创＿, 守正＿新, 守＿创新), and, for a changed first character, the rest of the phrase after it
-- (正创新). A long phrase keeps one of its halves as written: its first half with one character of
-- the second left open, and its second half alone, the text before it compared in Lua. The words
-- make one pattern per first byte of their first character (re.any_of: a trie behind a lookahead
-- for the first characters): PCRE2 skips every character that starts with another byte without
-- trying the pattern, so each character of the text is tried against the words of its own block.
-- The open place matches any character; the phrase itself matches too, and is passed over.

local OPEN = "\u{E000}"  -- a private-use character standing for the open place in a word
local LONG = 7            -- from this length, the halves

-- ------------------------------------------------------------------ what the options give

local built = setmetatable({}, { __mode = "k" })

local function build(options)
  local groups, order, known, halves = {}, {}, {}, {}
  local function add(word)
    local lead = word:byte(1)
    local list = groups[lead]
    if not list then
      list = {}
      groups[lead] = list
      order[#order + 1] = lead
    end
    list[#list + 1] = word
  end
  for _, phrase in ipairs(options.phrases) do
    -- Han characters of three bytes (all but the rare ones of the supplementary planes): the
    -- character i is at bytes 3i-2 .. 3i
    local n = type(phrase) == "string" and #phrase // 3 or 0
    if n >= 4 and #phrase == 3 * n and not known[phrase] and re.test(phrase, HAN_ONLY) then
      known[phrase] = n
      local k = n < LONG and 1 or n // 2
      for i = k + 1, n do
        add(phrase:sub(1, 3 * i - 3) .. OPEN .. phrase:sub(3 * i + 1))
      end
      local rest = phrase:sub(3 * k + 1)
      add(rest)
      local list = halves[rest]
      if list then list[#list + 1] = k else halves[rest] = { k } end
    end
  end
  table.sort(order)
  local patterns = {}
  for i, lead in ipairs(order) do
    patterns[i] = re.any_of(groups[lead]):gsub(OPEN, ".")
  end
  return { patterns = patterns, known = known, halves = halves, variants = options.variants }
end

-- The phrases one character away from a window of Han characters (its characters), found by the
-- index of their first two characters, of their first and third, and of their second and third:
-- one of the three pairs is as written. Nil for a known phrase.
-- The phrases by their first two characters, their first and third, their second and third;
-- built when a window first needs it.
local function index_of(b)
  if not b.index then
    local index = {}
    local function index_as(key, phrase)
      local list = index[key]
      if list then list[#list + 1] = phrase else index[key] = { phrase } end
    end
    for phrase in pairs(b.known) do
      index_as(phrase:sub(1, 6), phrase)
      index_as(phrase:sub(1, 3) .. WILD .. phrase:sub(7, 9), phrase)
      index_as(WILD .. phrase:sub(4, 9), phrase)
    end
    b.index = index
  end
  return b.index
end

local function near(b, chars)
  local n = #chars
  local result
  local seen = {}
  for _, key in ipairs({ chars[1] .. chars[2], chars[1] .. WILD .. chars[3], WILD .. chars[2] .. chars[3] }) do
    for _, phrase in ipairs(index_of(b)[key] or {}) do
      if b.known[phrase] == n and not seen[phrase] then
        seen[phrase] = true
        local changed
        for i = 1, n do
          if phrase:sub(3 * i - 2, 3 * i) ~= chars[i] then
            if changed then changed = false break end
            changed = i
          end
        end
        if changed == nil then return nil end  -- the window is this phrase
        if changed then
          result = result or {}
          result[#result + 1] = { phrase = phrase, changed = changed }
        end
      end
    end
  end
  return result
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
  local seconds = a and b and words[a]
  return seconds ~= nil and seconds:find(b, 1, true) ~= nil
end

-- Whether character b sounds like character a (a character of a phrase), tones aside.
local function sounds_like(a, b)
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

-- The finding for a window [from, to] of s, or nil.
local function finding(b, s, from, to)
  local window = s:sub(from, to)
  if b.known[window] or not re.test(window, HAN_ONLY) then return nil end
  local chars = chars_of(window)
  if #chars < 4 then return nil end
  local list = near(b, chars)
  -- one phrase away, and only one (老有所需 is as near 老有所养 as 老有所依)
  if not list or #list ~= 1 then return nil end
  local phrase, changed = list[1].phrase, list[1].changed
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

local find, sub, offset = re.find, string.sub, utf8.offset

function rule.check(doc, report, options)
  local b = built[options]
  if not b then
    b = build(options)
    built[options] = b
  end
  local patterns, halves, known = b.patterns, b.halves, b.known
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if #s >= 12 then
      local found, seen
      for p = 1, #patterns do
        local pattern = patterns[p]
        local at, stop = find(s, pattern)
        while at do
          -- the match is a whole window, or the rest of one after its changed first part
          local match = sub(s, at, stop)
          if not known[match] then
            seen = seen or {}
            if seen[at] ~= stop then
              seen[at] = stop
              local f = finding(b, s, at, stop)
              if f then
                found = found or {}
                found[#found + 1] = f
              end
            end
          end
          local before = halves[match]
          if before then
            for _, k in ipairs(before) do
              local from = offset(s, -k, at)
              if from and not known[sub(s, from, stop)] then
                seen = seen or {}
                if seen[from] ~= stop then
                  seen[from] = stop
                  local f = finding(b, s, from, stop)
                  if f then
                    found = found or {}
                    found[#found + 1] = f
                  end
                end
              end
            end
          end
          -- a window may begin inside this one
          at, stop = find(s, pattern, at + (s:byte(at) >= 0xF0 and 4 or 3))
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
