-- The same group stated twice must have the same size: 22家市直部门 here and 20家市直部门 there.
local numbers = require("numbers")

local rule = {
  id = "consistency.repeated-count",
  category = "consistency",
  severity = "warning",
  summary = "同一对象的数量在文中前后应一致",
  explain = [[
简报多次提到同一组对象（“22家市直部门”“9个县（市、区）”）时，每次的数量应相同。只比较具体的对象
（三个字及以上的名词，不比较“方面”“问题”“建议”等泛称），单位相同，且不比较会增长的数量（新增、累计）、
活动（次、场）和结束不完整列举的数（……财政局等８家市直部门）；限定了范围的数量（全县、市县两级、各级）
只与同一范围的数量比较（全县共设立便民服务站32个……全县35个便民服务站），且只在简报中比较。

示例：
    组织22家市直部门自查……听取了20家市直部门的汇报
→ warning: “市直部门”前文（第3行）为22家，此处为20家]],
  kinds = { "bulletin" },
  options = {
    generic = { "方面", "问题", "意见建议", "建议", "举措", "重点", "任务", "项目", "要点", "工作", "措施" },
    activity_units = { "次", "场", "人次", "条", "项", "份", "期", "件", "天", "小时" },
    scope_words = { "两级", "各级", "三级", "市县", "县区", "全市", "全省", "全县", "各县" },
  },
}

local function set_of(list) local s = {} for _, v in ipairs(list) do s[v] = true end return s end

function rule.check(doc, report, options)
  local generic, activity = set_of(options.generic), set_of(options.activity_units)
  local listed = {}
  for _, r in ipairs(doc.relations) do
    if r.kind == "named-count" and r.count then listed[r.count] = true end
  end
  -- the scope the count is stated for (全县, 市县两级 …), read before it in its sentence: counts of
  -- the same noun are compared only within the same scope
  local function scope_of(c)
    local sentence = c.sentence
    local before = sentence.text:sub(math.max(1, c.from - sentence.from - 44), c.from - sentence.from)
    local found, at = "", 0
    for _, word in ipairs(options.scope_words) do
      local p = before:find(word, 1, true)
      if p and p > at then found, at = word, p end
    end
    return found
  end
  -- per noun and unit, the first claim of each scope, in order; a claim's scope is read only when
  -- another claim counts the same noun in the same unit (reading it builds the sentences)
  local groups, scopes = {}, {}
  local function scope(c)
    local found = scopes[c]
    if not found then
      found = scope_of(c)
      scopes[c] = found
    end
    return found
  end
  for _, c in ipairs(doc.claims) do
    -- the claim's own fields first: its noun is a node made when first read
    local noun = c.kind == "count" and c.unit and not activity[c.unit] and not listed[c] and numbers.exact(c) and
                 c.noun and c.noun.text
    if noun and utf8.len(noun) >= 3 and not generic[noun] then
      local before = c.paragraph.text:sub(math.max(1, c.from - 9), c.from - 1)
      local growing = before:find("新增", 1, true) or before:find("新建", 1, true) or before:find("累计", 1, true)
      if not growing then
        local key = noun .. "\0" .. c.unit
        local group, seen = groups[key], nil
        if group then
          local mine = scope(c)
          for _, earlier in ipairs(group) do
            if scope(earlier) == mine then seen = earlier break end
          end
        else
          group = {}
          groups[key] = group
        end
        if not seen then
          group[#group + 1] = c
        elseif seen.value ~= c.value and seen.sentence ~= c.sentence then
          report{ at = c, message = "“" .. noun .. "”前文（第" .. seen.line .. "行）为" .. seen.text .. "，此处为" .. c.text,
                  suggestion = "核对两处数字" }
        end
      end
    end
  end
end

return rule
