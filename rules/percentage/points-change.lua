-- A change in percentage points is the difference of two rates, so it cannot exceed 100 (nor, for
-- a rise, the rate it rose to). Larger values are decimal points lost in extraction.
local numbers = require("numbers")

local rule = {
  id = "percentage.points-change",
  category = "percentage",
  severity = "error",
  summary = "百分点变化量不能超过100，也不能超过变化后的比率",
  explain = [[
百分点衡量两个比率之差：上升N个百分点达到X%，需要 N ≤ X ≤ 100。“上升２５８个百分点”是丢了小数点（2.58）。
几个变化量一起写出时（“分别上升２５８和１４８个百分点”），它们丢失的小数位数相同，建议对它们用同样的方式
补回小数点。

示例：
    占总人口的21.98%，与上年相比上升258个百分点
→ error: 上升258个百分点超过了变化后的比率21.98%
   建议：疑为小数点丢失：应为2.58个百分点]],
  options = {},
}

local S = numbers.SCALE

-- The rate a change is measured against, read with a decimal point put back when it exceeds 100%.
local function base_rate(base)
  if not base then return 100 * S end
  if base.value <= 100 * S then return base.value end
  local reading = numbers.decimal_readings(base, 100 * S)[1]
  return reading and reading.value or 100 * S
end

-- 增速比同期提高102.3个百分点: growth rates have no bound of 100%, nor have their changes
local growth_words = { "增速", "增幅", "涨幅", "降幅", "速度", "增长率" }

local function of_growth(change)
  local before = change.paragraph.text:sub(math.max(1, change.from - 30), change.from - 1)
  local start = 1
  for _, mark in ipairs({ "，", "；", "。" }) do
    local at = 0
    repeat
      local found = before:find(mark, at + 1, true)
      if found then at = found; if found + #mark > start then start = found + #mark end end
    until not found
  end
  local clause = before:sub(start)
  for _, word in ipairs(growth_words) do
    if clause:find(word, 1, true) then return true end
  end
  return false
end

function rule.check(doc, report)
  for _, r in ipairs(doc.relations) do
    if r.kind == "change" and #r.changes > 0 and r.changes[1].kind == "points" and not of_growth(r.changes[1]) then
      local limit = r.direction == "up" and base_rate(r.base) or 100 * S
      local too_big = false
      for _, c in ipairs(r.changes) do too_big = too_big or c.lo > limit end
      if too_big then
        -- the fewest places that bring every change under the limit
        local places = 1
        while places < 6 do
          local fits = true
          for _, c in ipairs(r.changes) do fits = fits and (c.value // numbers.pow10(places)) <= limit end
          if fits then break end
          places = places + 1
        end
        local fixed = {}
        for _, c in ipairs(r.changes) do
          fixed[#fixed + 1] = numbers.format(c.value // numbers.pow10(places), c.decimals + places)
        end
        for _, c in ipairs(r.changes) do
          if c.lo > limit then
            local against = limit < 100 * S and ("变化后的比率" .. numbers.format(limit, 2) .. "%") or "100个百分点"
            report{ at = c.number, message = r.cue .. numbers.format(c.value, c.decimals) .. "个百分点超过了" .. against,
                    suggestion = "疑为小数点丢失：应为" .. table.concat(fixed, "和") .. "个百分点" }
          end
        end
      end
    end
  end
end

return rule
