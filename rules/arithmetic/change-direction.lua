-- 由A提升至B needs B > A (下降 the reverse); 新增N个……达到M个 needs M ≥ N.
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

function rule.check(doc, report)
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
