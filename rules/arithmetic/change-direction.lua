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

function rule.check(doc, report)
  check_growth_comparisons(doc, report)
  for _, r in ipairs(doc.relations) do
    if r.kind == "change" and r.from and r.to and r.from.unit == r.to.unit then
      local wrong = (r.direction == "up" and r.to.hi and r.to.hi < r.from.lo) or
                    (r.direction == "down" and r.from.hi and r.to.lo > r.from.hi)
      if wrong then
        report{ at = r.to, message = "由" .. r.from.text .. r.cue .. "至" .. r.to.text .. "，后者反而" ..
                (r.direction == "up" and "小于" or "大于") .. "前者", suggestion = "核对两个数字或“" .. r.cue .. "”" }
      end
    elseif r.kind == "change" and r.added and r.total and r.total.hi and r.added.lo > r.total.hi then
      report{ at = r.total, message = "新增" .. r.added.text .. "多于达到的总数" .. r.total.text,
              suggestion = "核对新增数和总数" }
    end
  end
end

return rule
