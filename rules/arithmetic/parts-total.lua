-- The parts of a total add up to it (an exhaustive split such as ２项…；１项… of ３个问题) or to no
-- more than it (其中…); no part exceeds its total. Approximate values are compared as intervals.
local numbers = require("numbers")
local row_totals = require("row_totals")
local remainders = require("remainders")
local contributions = require("contributions")

local rule = {
  id = "arithmetic.parts-total",
  category = "arithmetic",
  severity = "error",
  summary = "分项之和应等于（或不超过）总数，任何一项都不能大于总数",
  explain = [[
总数拆分为各分项（“交办的３个问题２项已整改到位；１项正在推进”“２８项问题已整改完成２２项，６项正在推进”），
或列举之后给出合计（“中心２０个、幸福院４５个、敬老院１８个，共８３个点位”），各项之和应等于总数；“其中”
引出的分项可以不全，但加起来不能超过总数。带“余”“多”“约”“以上”的数是一个范围（“１００余条”为100到199），
所以“１００余条和９０余条，共２００余条”是一致的。

示例：
    交办的5个问题3项已整改到位；3项正在推进
→ error: 分项之和3项＋3项＝6，与总数5个不符]],
  options = {},
}

-- Parts after 其中 are summed only when they are one list joined by 、 (其中公办70家、民办50家); parts
-- in clauses of their own (其中女性…，少数民族…) may overlap, and each is only checked against the total.
local clause_marks = { "，", ",", "；", ";", "。", "：", ":" }

local function joined_by_dun(parts)
  for i = 2, #parts do
    local a, b = parts[i - 1], parts[i]
    if a.paragraph ~= b.paragraph then return false end
    local between = a.paragraph.text:sub(a.to + 1, b.from - 1)
    if not between:find("、", 1, true) then return false end
    for _, mark in ipairs(clause_marks) do
      if between:find(mark, 1, true) then return false end
    end
  end
  return true
end

-- 1.…：发现问题97个，已整改91个。2.…。合计：发现问题486个，已整改441个。: each column adds up
local function check_rows(doc, report)
  row_totals.each(doc, function(rows, total)
    for column, t in ipairs(total) do
      local parts = {}
      for r, row in ipairs(rows) do parts[r] = row[column] end
      local lo, hi = numbers.sum_bounds(parts)
      local tlo, thi = numbers.bounds(t)
      if not numbers.overlaps(lo, hi, tlo, thi) then
        report{ at = t, message = "上面各项之和" .. numbers.show_sum(parts, numbers.sum(parts)) ..
                "，与合计" .. t.text .. "不符", suggestion = "核对合计数和各项" }
      end
    end
  end)
end

-- 赴6个设区市…委托其余11个设区市…实现16个设区市全覆盖: the some and the rest make all
local function check_remainders(doc, report)
  remainders.each(doc, function(some, rest, all, noun)
    local sum = some.value + rest.value
    if sum ~= all.value then
      report{ at = all, message = some.text .. noun .. "与其余" .. rest.text .. noun .. "共" ..
              numbers.show(sum, 0, rest.unit) .. noun .. "，与所写的" .. all.text .. noun .. "不符",
              suggestion = "核对三个数字" }
    end
  end)
end

-- 第一、二、三产业分别拉动经济增长0.1、2.9、2.8个百分点 against a growth of 5.6%: each figure is
-- rounded, so the sum may miss the growth by less than half a unit for each of them and the growth;
-- a miss of that much or more is no rounding
local function check_contributions(doc, report)
  contributions.each(doc, function(parts, growth)
    local decimals = growth.decimals
    for _, p in ipairs(parts) do decimals = math.max(decimals, p.decimals) end
    local unit = numbers.pow10(numbers.DIGITS - decimals)
    local sum = numbers.sum(parts)
    local slack = (#parts + 1) * unit // 2
    if math.abs(sum - growth.value) >= slack then
      local shown = {}
      for i, p in ipairs(parts) do shown[i] = numbers.format(p.value, p.decimals) end
      report{ at = parts[#parts], severity = "warning",
              message = "各部分拉动的" .. table.concat(shown, "＋") .. "＝" .. numbers.format(sum, decimals) ..
                        "个百分点，与经济增长" .. growth.text .. "不符", suggestion = "核对各部分的拉动和增长速度" }
    end
  end)
end

function rule.check(doc, report)
  check_rows(doc, report)
  check_contributions(doc, report)
  check_remainders(doc, report)
  local covered = {}
  for _, r in ipairs(doc.relations) do
    if r.kind == "share" and r.whole then covered[r.part] = r.whole end  -- the share rule reports these
  end
  for _, r in ipairs(doc.relations) do
    if r.kind == "total" and #r.parts > 0 then
      local total = r.total
      local tlo, thi = numbers.bounds(total)
      local lo, hi = numbers.sum_bounds(r.parts)
      if r.exhaustive then
        if not numbers.overlaps(lo, hi, tlo, thi) then
          report{ at = total, message = "分项之和" .. numbers.show_sum(r.parts, numbers.sum(r.parts)) ..
                  "，与总数" .. total.text .. "不符", suggestion = "核对总数和各分项" }
        end
      else
        for _, p in ipairs(r.parts) do
          local plo = numbers.bounds(p)
          if covered[p] ~= total and thi and plo > thi then
            report{ at = p, message = "其中的" .. p.text .. "大于总数" .. total.text, suggestion = "核对两个数字" }
          end
        end
        -- the parts of a list joined by 、, or of a breakdown 从…看 that may list the main parts only
        if #r.parts > 1 and thi and lo > thi and (joined_by_dun(r.parts) or r.cue == "从…看") then
          report{ at = total, message = (r.cue == "从…看" and "各项之和" or "其中各项之和") .. numbers.show_sum(r.parts, numbers.sum(r.parts)) ..
                  "，超过总数" .. total.text, suggestion = "核对总数和各分项" }
        end
      end
    end
  end
end

return rule
