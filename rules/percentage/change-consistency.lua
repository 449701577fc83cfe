-- A change stated beside its two values must be their difference: percentage points for two rates
-- (由76%提高到96%，提高20个百分点), a percentage for two counts (由50个增加到60个，增长20%).
local numbers = require("numbers")

local rule = {
  id = "percentage.change-consistency",
  category = "percentage",
  severity = "warning",
  summary = "变化量应与前后两个数值相符（百分点之差、增长百分比）",
  explain = [[
一句话中同时给出变化前后的两个数和变化量时，三者应相符：由76%升至96%是20个百分点，由50升至60是增长20%。
百分点是两个比率之差；百分比是相对于前一个数的变化。

示例：
    运营率由76%提高到96%，提高了18个百分点
→ warning: 由76%到96%相差20个百分点，与所写的18个百分点不符]],
  options = {},
}

local S = numbers.SCALE

-- 年均增长8.6%: a yearly average, not the whole change from the first value to the second
local function yearly(change)
  local before = change.paragraph.text:sub(math.max(1, change.from - 24), change.from - 1)
  return before:find("年均", 1, true) or before:find("平均每年", 1, true) or before:find("每年", 1, true)
end

local prior_and_current

-- 满意率为93.6%，比上年提高2.1个百分点，上年为90.5% and 参保率为97.2%，较上年的95.0%提高1.2个百分点:
-- the rate before the change is the current one, the rate said to be last year's (上年为, 上年的,
-- 去年同期为 …) the earlier one, in either order. Returns a from/to pair, or nil when the sentence
-- does not give exactly one of each in the change's clause group.
local prior_words = { "上年为", "上年的", "上年同期为", "上年同期的", "去年为", "去年的", "去年同期为", "去年同期的" }

local function said_prior(c)
  local before = c.paragraph.text:sub(math.max(1, c.from - 18), c.from - 1)
  for _, word in ipairs(prior_words) do
    if before:sub(-#word) == word then return true end
  end
  return false
end

prior_and_current = function(doc, change)
  local current, prior, priors = nil, nil, 0
  for _, c in ipairs(doc.claims) do
    if c.sentence == change.sentence and c.kind == "percent" then
      local between = c.index < change.index and c.paragraph.text:sub(c.to + 1, change.from - 1) or
                      change.paragraph.text:sub(change.to + 1, c.from - 1)
      if not (between:find("；", 1, true) or between:find(";", 1, true)) then
        if said_prior(c) then prior, priors = c, priors + 1
        elseif c.index < change.index then current = c end
      end
    end
  end
  if current and prior and priors == 1 and numbers.exact(current) and numbers.exact(prior) then
    return { from = prior, to = current }
  end
end

function rule.check(doc, report)
  local from_to = {}
  for _, r in ipairs(doc.relations) do
    if r.kind == "change" and r.from and r.to and numbers.exact(r.from) and numbers.exact(r.to) then
      from_to[#from_to + 1] = r
    end
  end
  for _, r in ipairs(doc.relations) do
    local change = r.kind == "change" and #r.changes == 1 and r.changes[1]
    if change and numbers.exact(change) then
      -- the change belongs to the from/to of its own clause: the last one before it in the sentence,
      -- with no ； between (参保率由…提高到…，提高6.9个百分点；签约率由…提高到…，提高6.8个百分点)
      local own
      for _, ft in ipairs(from_to) do
        if ft.to.sentence == change.sentence and ft.to.index < change.index and
           (not own or ft.to.index > own.to.index) then own = ft end
      end
      if own then
        local between = change.paragraph.text:sub(own.to.to + 1, change.from - 1)
        if between:find("；", 1, true) or between:find(";", 1, true) then own = nil end
      end
      if not own and change.kind == "points" then own = prior_and_current(doc, change) end
      for _, ft in ipairs({ own }) do
        do
          local a, b = ft.from, ft.to
          if change.kind == "points" and a.kind == "percent" and b.kind == "percent" then
            local diff = b.value - a.value
            if diff < 0 then diff = -diff end
            local step = numbers.pow10(6 - change.decimals)
            if (diff - change.value) * 2 > step or (change.value - diff) * 2 > step then
              report{ at = change, message = "由" .. a.text .. "到" .. b.text .. "相差" .. numbers.format(diff, change.decimals) ..
                      "个百分点，与所写的" .. change.text .. "不符", suggestion = "核对变化量和前后两个比率" }
            end
          elseif change.kind == "percent" and a.kind == b.kind and a.kind ~= "percent" and a.value > 0 and
                 not yearly(change) then
            local diff = b.value - a.value
            if diff < 0 then diff = -diff end
            local pct = numbers.percent_of(diff, a.value, change.decimals)
            if pct ~= change.value then
              report{ at = change, message = "由" .. a.text .. "到" .. b.text .. "变化" .. numbers.format(pct, change.decimals) ..
                      "%，与所写的" .. change.text .. "不符", suggestion = "核对变化百分比和前后两个数值" }
            end
          end
        end
      end
    end
  end
end

return rule
