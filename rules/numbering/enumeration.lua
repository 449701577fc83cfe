-- Inline enumerations 一是、二是、三是 … run in order inside their section.
local chinese = require("chinese")

local rule = {
  id = "numbering.enumeration",
  category = "numbering",
  severity = "warning",
  summary = "“一是、二是、三是……”应按顺序排列，不跳号、不重号",
  explain = [[
段落中的列举“一是……二是……三是……”在同一节内应按顺序编号。跳号（“一是……三是……”）、重号，或前面没有
“一是”，通常说明编辑时删掉或合并了一点。

示例：
    市人大常委会一是加强领导……二是深入调研……四是跟踪整改……
→ warning: “二是”之后应为“三是”，此处为“四是”]],
  options = {},
}

function rule.check(doc, report)
  for _, enumeration in ipairs(doc.enumerations) do
    local want = 1
    local items = enumeration.items
    -- in a part of a document too large to check at once, a list in its first paragraph may have
    -- begun in the part before
    if doc.continues and rawequal(items[1].paragraph, doc.paragraphs[1]) then want = items[1].value end
    for index, item in ipairs(items) do
      local n = item.value
      local following = items[index + 1] and items[index + 1].value
      if n ~= want then
        local message
        if want == 1 then
          message = "“" .. chinese.enumerator(n) .. "”之前没有“一是”"
        elseif n < want then
          message = "“" .. chinese.enumerator(n) .. "”重复：前面已有“" .. chinese.enumerator(want - 1) .. "”"
        else
          message = "“" .. chinese.enumerator(want - 1) .. "”之后应为“" .. chinese.enumerator(want) ..
                    "”，此处为“" .. chinese.enumerator(n) .. "”"
        end
        report{ at = item, message = message, suggestion = "改为“" .. chinese.enumerator(want) .. "”" }
      end
      -- one break is one finding: when the next item goes on from the number this one should have
      -- had (一是、三是、三是), this one was mistyped; else the sequence goes on from the number written
      if n ~= want and following == want + 1 then want = want + 1 else want = math.max(want, n) + 1 end
    end
  end
end

return rule
