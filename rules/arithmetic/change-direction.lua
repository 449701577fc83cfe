-- 由A提升至B needs B > A (下降 the reverse); 新增N个……达到M个 needs M ≥ N.
local growth = require("growth_comparisons")
local numbers = require("numbers")
local text = require("text")

-- A growth rate as the comparison names it: 3.8% for a 降幅 or when both rates have one sign,
-- else signed as written (增长0.5%, 下降1.2%).
local function growth_text(c, value)
  local shown = numbers.format(math.abs(value) * numbers.pow10(numbers.DIGITS - c.decimals), c.decimals) .. "%"
  if c.decline or (c.now >= 0) == (c.before >= 0) then return shown end
  return (value < 0 and "下降" or "增长") .. shown
end

local rule = {
  id = "arithmetic.change-direction",
  category = "arithmetic",
  severity = "error",
  summary = "“由A提升至B”中B应大于A（下降则相反），“新增N个…达到M个”中M不应小于N",
  explain = [[
“提升”“提高”“增加”之后的数应大于之前的数，“下降”“减少”则相反：“运营率由96%提升至76%”是两个数写反了，
或其中一个有误。同样，新增的数量不能超过所达到的总数（“新增N个……达到M个”中M不应小于N）。

示例：
    运营率由原来的96%提升至76%
→ error: 由96%提升至76%，后者反而小于前者]],
  options = {},
}

-- 同比下降2.3%，降幅比一季度扩大1.5个百分点（一季度下降3.8%）: from −3.8% to −2.3% the decline narrowed
local function check_growth_comparisons(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    growth.each(node, function(c)
      local expected = growth.decline_moves[c.move] or (not c.decline and growth.moves[c.move])
      local diff = c.now - c.before
      if expected and diff ~= 0 and (diff > 0) ~= (expected > 0) then
        local right = growth.opposite[c.move]
        report{ at = node, from = c.move_from, to = c.move_from + #c.move - 1,
                message = (c.decline and "降幅" or "增速") .. "由" .. c.period .. "的" .. growth_text(c, c.before) ..
                          "变为" .. growth_text(c, c.now) .. "，应为“" .. right .. "”，不是“" .. c.move .. "”",
                suggestion = "改为“" .. right .. "”，或核对两个增速" }
      end
    end)
  end
end

local function wrong_way(r)
  return (r.direction == "up" and r.to.hi and r.to.hi < r.from.lo) or
         (r.direction == "down" and r.from.hi and r.to.lo > r.from.hi)
end

-- The from/to changes of one list (分别由10起、8人增加到6起、4人) are one statement: when every one of
-- them goes the wrong way, one finding says so for all.
local function report_wrong_ways(list, report)
  local all_wrong = #list > 1
  for _, r in ipairs(list) do all_wrong = all_wrong and wrong_way(r) end
  local r = list[1]
  local verdict = r.direction == "up" and "小于" or "大于"
  if all_wrong then
    local froms, tos = {}, {}
    for i, x in ipairs(list) do froms[i], tos[i] = x.from.text, x.to.text end
    report{ at = list[#list].to, message = "由" .. table.concat(froms, "、") .. r.cue .. "至" .. table.concat(tos, "、") ..
            "，后者反而都" .. verdict .. "前者", suggestion = "核对这些数字或“" .. r.cue .. "”" }
    return
  end
  for _, x in ipairs(list) do
    if wrong_way(x) then
      report{ at = x.to, message = "由" .. x.from.text .. x.cue .. "至" .. x.to.text .. "，后者反而" ..
              verdict .. "前者", suggestion = "核对两个数字或“" .. x.cue .. "”" }
    end
  end
end

-- The from/to changes, each list of them together (see report_wrong_ways).
local function check_from_to(doc, report)
  local list = {}
  for _, r in ipairs(doc.relations) do
    local from_to = r.kind == "change" and r.from and r.to and r.from.unit == r.to.unit
    local last = list[#list]
    if from_to and last and last.to.index + 1 == r.to.index and last.from.index + 1 == r.from.index and
       last.cue == r.cue and last.to.sentence == r.to.sentence then
      list[#list + 1] = r
    else
      if #list > 0 then report_wrong_ways(list, report) end
      list = from_to and { r } or {}
    end
  end
  if #list > 0 then report_wrong_ways(list, report) end
end

function rule.check(doc, report)
  check_growth_comparisons(doc, report)
  check_from_to(doc, report)
  for _, r in ipairs(doc.relations) do
    if r.kind == "change" and r.added and r.total and r.total.hi and r.added.lo > r.total.hi then
      report{ at = r.total, message = "新增" .. r.added.text .. "多于达到的总数" .. r.total.text,
              suggestion = "核对新增数和总数" }
    end
  end
end

return rule
