-- A word typed twice: 的的, 进一步进一步.
local text = require("text")

local rule = {
  id = "wording.doubled",
  category = "wording",
  severity = "warning",
  summary = "字词重复（如“的的”“进一步进一步”）",
  explain = [[
虚词重复（的的、了了、在在、和和、是是、与与、及及、把把），或三四个字的词连写两遍（进一步进一步），是录入
错误。汉语有意使用的重叠（常常、件件、扎扎实实）不报告。

示例：
    进一步进一步完善制度
→ warning: “进一步”重复]],
  options = {},
}

local shi_words = {}
for _, cp in utf8.codes("求就但于凡总还可正而只或不要真算倒像若即乃便都也") do shi_words[utf8.char(cp)] = true end

-- 的的, 了了 …: the particles written twice, as words (searched for in one pass)
local particles = {}
for _, cp in utf8.codes("的了在和是与及把对将被") do particles[#particles + 1] = utf8.char(cp):rep(2) end
local DOUBLED_PARTICLES = re.any_of(particles)

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    for from, to in re.gmatch(s, DOUBLED_PARTICLES) do
      local word = s:sub(from, from + #"的" - 1)
      -- 实实在在, 的的确确: the pair is half of a reduplicated word (AABB), not a slip
      local before, after = s:sub(math.max(1, from - 6), from - 1), s:sub(to + 1, to + 6)
      local aabb = (#before == 6 and before:sub(1, 3) == before:sub(4, 6)) or
                   (#after == 6 and after:sub(1, 3) == after:sub(4, 6))
      -- 实事求是是我们党的思想路线: the first 是 ends a word of its own (实事求是, 就是, 还是 …)
      local ends_word = word == "是" and #before >= 3 and shi_words[before:sub(-3)]
      if not aabb and not ends_word then report{ at = node, from = from, to = to, message = "“" .. word .. "”重复", suggestion = "删去一个“" .. word .. "”" } end
    end
    for from, to, word in re.repeats(s, 3, 4) do -- (chinese.han_class{3,4})\1, in one pass
      if not re.test(word, "^(.)\\1+$") then -- a run of one character is no doubled word
        report{ at = node, from = from, to = to, message = "“" .. word .. "”重复", suggestion = "删去重复的“" .. word .. "”" }
      end
    end
  end
end

return rule
