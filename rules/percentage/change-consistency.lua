-- A change stated beside its two values must be their difference: percentage points for two rates
-- (由76%提高到96%，提高20个百分点), a percentage for two counts (由50个增加到60个，增长20%).
local numbers = require("numbers")
local growth = require("growth_comparisons")
local text = require("text")

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
local prior_words = {}
for _, when in ipairs({ "上年", "上年同期", "去年", "去年同期", "上届", "上届同期", "上学期", "上季度", "上月",
                        "上年末", "上年底", "同期" }) do
  prior_words[#prior_words + 1] = when .. "为"
  prior_words[#prior_words + 1] = when .. "的"
end

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

-- A change against the two values it is the change between.
local function check_pair(ft, change, report)
  local a, b = ft.from, ft.to
  if change.kind == "points" and a.kind == "percent" and b.kind == "percent" then
    local diff = b.value - a.value
    if diff < 0 then diff = -diff end
    local step = numbers.pow10(numbers.DIGITS - change.decimals)
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

local function has_semicolon(paragraph, from, to)
  local between = paragraph.text:sub(from, to)
  return between:find("；", 1, true) or between:find(";", 1, true)
end

-- The from/to pairs of the change's own clause: the last one before it in the sentence, with no ；
-- between (参保率由…提高到…，提高6.9个百分点；签约率由…提高到…，提高6.8个百分点); for n changes stated
-- together (分别提高4.7个和13.5个百分点), the n pairs before them (分别由A、B提高到C、D), in order.
local function own_pairs(from_to, first_change, n)
  local before = {}
  for _, ft in ipairs(from_to) do
    if ft.to.sentence == first_change.sentence and ft.to.index < first_change.index then before[#before + 1] = ft end
  end
  table.sort(before, function(x, y) return x.from.index < y.from.index end)
  if #before < n then return nil end
  local pairs_of = {}
  for i = #before - n + 1, #before do pairs_of[#pairs_of + 1] = before[i] end
  local last = pairs_of[#pairs_of]
  if has_semicolon(first_change.paragraph, last.to.to + 1, first_change.from - 1) then return nil end
  for i = 2, n do -- the pairs of one list: each from-value right after the one before
    if pairs_of[i].from.index ~= pairs_of[i - 1].from.index + 1 then return nil end
  end
  return pairs_of
end

-- Whether change b is written right after change a in one list (分别增长4.7%和7.0%).
local function joined(a, b)
  if a.sentence ~= b.sentence or b.index ~= a.index + 1 then return false end
  local between = a.paragraph.text:sub(a.to + 1, b.from - 1)
  return between == "和" or between == "、"
end

-- The changes of each relation, with the changes of the relations that go on its list: the
-- changes 4.7%和7.0% of 分别由A、B提高到C、D，分别增长4.7%和7.0% are one list of two.
local function change_lists(doc)
  local lists = {}
  for _, r in ipairs(doc.relations) do
    local changes = r.kind == "change" and r.changes or {}
    local last = lists[#lists]
    if #changes > 0 and last and joined(last[#last], changes[1]) then
      for _, c in ipairs(changes) do last[#last + 1] = c end
    elseif #changes > 0 then
      local list = {}
      for i, c in ipairs(changes) do list[i] = c end
      lists[#lists + 1] = list
    end
  end
  return lists
end

local function show(value, decimals)
  return numbers.format(value * numbers.pow10(numbers.DIGITS - decimals), decimals)
end

-- 同比增长5.6%，比一季度加快0.6个百分点（一季度增长5.2%）: 5.6 − 5.2 is 0.4; each rate is rounded,
-- so a change one unit of the last place away is still right
local function check_growth_comparisons(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    growth.each(node, function(c)
      local diff = math.abs(c.now - c.before)
      if math.abs(diff - c.change) > 1 then
        local measure = c.decline and "降幅" or "增速"
        report{ at = node, from = c.change_from, to = c.change_to,
                message = measure .. "由" .. c.period .. "的" .. show(math.abs(c.before), c.decimals) .. "%到" ..
                          show(math.abs(c.now), c.decimals) .. "%，相差" .. show(diff, c.decimals) ..
                          "个百分点，与所写的" .. show(c.change, c.decimals) .. "个百分点不符",
                suggestion = "核对变化量和前后两个增速" }
      end
    end)
  end
end

function rule.check(doc, report)
  check_growth_comparisons(doc, report)
  local from_to = {}
  for _, r in ipairs(doc.relations) do
    if r.kind == "change" and r.from and r.to and numbers.exact(r.from) and numbers.exact(r.to) then
      from_to[#from_to + 1] = r
    end
  end
  for _, changes in ipairs(change_lists(doc)) do
    local exact = #changes > 0
    for _, c in ipairs(changes) do exact = exact and numbers.exact(c) end
    if exact then
      local pairs_of = own_pairs(from_to, changes[1], #changes)
      if not pairs_of and #changes == 1 and changes[1].kind == "points" then
        pairs_of = { prior_and_current(doc, changes[1]) }
      end
      for i, ft in ipairs(pairs_of or {}) do check_pair(ft, changes[i], report) end
    end
  end
end

return rule
