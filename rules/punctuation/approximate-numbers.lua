-- Two adjacent numbers that together give an approximation (三四个, 五六十人) take no 、 between
-- them (GB/T 15834-2011 4.5.3.5).
local text = require("text")

local rule = {
  id = "punctuation.approximate-numbers",
  category = "punctuation",
  severity = "warning",
  summary = "相邻两数连用表示概数时，中间不用顿号",
  explain = [[
“三四个”“五六十人”用两个相邻的数表示概数；中间加顿号（“三、四个”）就成了列举，GB/T 15834-2011
（4.5.3.5）规定不用。

示例：
    每个组由三、四名代表组成
→ warning: 概数“三、四名”中间不用顿号]],
  options = {},
}

local value = { ["一"] = 1, ["二"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7,
                ["八"] = 8, ["九"] = 9, ["十"] = 10 }

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if not s:find("、", 1, true) then goto next_node end -- the pattern needs 、: most texts are not searched
    -- found from the 、 (the numeral before it in a lookbehind): the engine looks only at 、, not
    -- at every character that could be a numeral
    for at, to, a, b in re.gmatch(s, "(?<=([一二三四五六七八九]))、([二三四五六七八九十])(?=十?[个家项人条次天年种名位岁件场所])") do
      if value[b] == value[a] + 1 then
        local from = at - #a
        report{ at = node, from = from, to = to, message = "概数“" .. a .. "、" .. b .. "”中间不用顿号",
                suggestion = "改为“" .. a .. b .. "”" }
      end
    end
    ::next_node::
  end
end

return rule
