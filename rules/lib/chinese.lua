-- Helpers for writing Chinese messages: numerals and heading markers as a bulletin writes them.
local chinese = {}

--- A PCRE2 character class of the Han script (what \p{sc:Han} matches, give or take unassigned
--- code points), the common block first: much faster for the regex engine than the property.
chinese.han_class = "[\\x{4E00}-\\x{9FFF}\\x{3400}-\\x{4DBF}\\x{2E80}-\\x{2FDF}\\x{3005}\\x{3007}" ..
  "\\x{3021}-\\x{3029}\\x{3038}-\\x{303B}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{323AF}]"

local digits = { "一", "二", "三", "四", "五", "六", "七", "八", "九" }

--- 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 99 → 九十九; other numbers stay Arabic.
function chinese.numeral(n)
  if n >= 1 and n <= 9 then return digits[n] end
  if n >= 10 and n <= 99 then
    local tens, units = n // 10, n % 10
    return (tens == 1 and "" or digits[tens]) .. "十" .. (units == 0 and "" or digits[units])
  end
  return tostring(n)
end

local marker_forms = {
  ["chinese"] = function(n) return chinese.numeral(n) .. "、" end,
  ["paren-chinese"] = function(n) return "（" .. chinese.numeral(n) .. "）" end,
  ["arabic"] = function(n) return tostring(n) .. "." end,
  ["paren-arabic"] = function(n) return "（" .. tostring(n) .. "）" end,
}

--- The heading marker of kind ("chinese", "paren-chinese", "arabic", "paren-arabic") for n.
function chinese.marker(kind, n)
  local form = marker_forms[kind]
  return form and form(n) or tostring(n)
end

--- 一是, 二是 … for inline enumerations.
function chinese.enumerator(n)
  return chinese.numeral(n) .. "是"
end

return chinese
