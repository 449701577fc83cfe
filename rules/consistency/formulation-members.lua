-- “四个意识”, “四个自信”, “五位一体” … spelled out next to their name: the canonical members in the
-- canonical order.
local text = require("text")
local formulations = require("formulations")

local rule = {
  id = "consistency.formulation-members",
  category = "consistency",
  severity = "warning",
  summary = "“四个意识”“五位一体”等提法列出成员时，成员及其顺序应与规范表述一致",
  explain = [[
政治文献中的固定提法有固定的成员和顺序（四个意识：政治意识、大局意识、核心意识、看齐意识；五位一体：经济建设、
政治建设、文化建设、社会建设、生态文明建设；见 rules/lib/formulations.lua，每条注明出处）。文中在提法旁用顿号
列出成员时（增强“四个意识”，即……；牢固树立……“四个意识”），成员错误、缺漏或顺序颠倒，是编辑最不应漏过的问题
之一。只检查明确是其成员的列举：至少两项是成员，其余各项同类（四个意识的各项都是“……意识”）。以“等”结尾的列举
不检查。

示例：
    增强“四个意识”，即政治意识、大局意识、核心意识、服务意识
→ warning: “四个意识”依次是政治意识、大局意识、核心意识、看齐意识，“服务意识”应为“看齐意识”]],
  options = {},
}

local CHAR = "[\0-\x7F\xC2-\xF4][\x80-\xBF]*"

-- Words that come before the first member of a list written before the name (牢固树立政治意识、……).
local LEADS = { "牢固树立", "树立", "增强", "坚定", "统筹推进", "协调推进", "推进", "坚持", "贯彻", "践行",
                "落实", "统揽", "立足", "做到", "强化", "打好", "打赢", "实现", "做好", "全面" }

local function chars_of(s)
  local list = {}
  for c in s:gmatch(CHAR) do list[#list + 1] = c end
  return list
end

-- The prefix and the suffix (in characters, as strings) that every member shares: 意识 for 四个意识.
local function common_affixes(members)
  local first = chars_of(members[1])
  local prefix, suffix = #first, #first
  for i = 2, #members do
    local m = chars_of(members[i])
    local p = 0
    while p < prefix and p < #m and m[p + 1] == first[p + 1] do p = p + 1 end
    prefix = p
    local s = 0
    while s < suffix and s < #m and m[#m - s] == first[#first - s] do s = s + 1 end
    suffix = s
  end
  return table.concat(first, "", 1, prefix), table.concat(first, "", #first - suffix + 1, #first)
end

-- Per formulation: its versions (lists of members), the set of all their members, the affixes.
local entries = {}
for name, f in pairs(formulations) do
  if f[1] then
    local versions = { f }
    for _, v in ipairs(f.also or {}) do versions[#versions + 1] = v end
    local all = {}
    for _, v in ipairs(versions) do
      for _, m in ipairs(v) do all[m] = true end
    end
    local prefix, suffix = common_affixes(f)
    local longest = 0
    for m in pairs(all) do longest = math.max(longest, #m) end
    entries[name] = { versions = versions, all = all, prefix = prefix, suffix = suffix, longest = longest }
  end
end

local names = {}
for name in pairs(entries) do names[#names + 1] = name end
table.sort(names)
local NAMES = re.any_of(names)

-- Whether an item is of the kind of the formulation's members.
local function member_like(e, item)
  if e.all[item] then return true end
  if re.test(item, "[，。；：“”（）、]") then return false end
  if e.suffix ~= "" and item:sub(-#e.suffix) == e.suffix and #item <= #e.suffix + 4 * 3 then return true end
  if e.prefix ~= "" and item:sub(1, #e.prefix) == e.prefix and #item <= #e.prefix + 12 * 3 then return true end
  return false
end

-- The items of a list joined by 、 (text without other punctuation), as {text, from, to} (bytes of s).
local function items_of(s, from, to)
  local items, at = {}, from
  while at <= to + 1 do
    local stop = s:find("、", at, true)
    if not stop or stop > to then stop = to + 1 end
    items[#items + 1] = { text = s:sub(at, stop - 1), from = at, to = stop - 1 }
    at = stop + #"、"
    if stop == to + 1 then break end
  end
  return items
end

-- How the items differ from the version nearest them, or nil when they are one of the versions.
local function differences(e, list)
  local best, best_score
  for _, v in ipairs(e.versions) do
    local same = #v == #list
    for i = 1, #v do
      if v[i] ~= list[i] then same = false end
    end
    if same then return nil end
    local in_v = {}
    for _, m in ipairs(v) do in_v[m] = true end
    local score = 0
    for _, item in ipairs(list) do
      if in_v[item] then score = score + 1 end
    end
    if not best or score > best_score then best, best_score = v, score end
  end
  local in_best, listed = {}, {}
  for _, m in ipairs(best) do in_best[m] = true end
  for _, item in ipairs(list) do listed[item] = true end
  local wrong, missing = {}, {}
  for _, item in ipairs(list) do
    if not in_best[item] then wrong[#wrong + 1] = "“" .. item .. "”" end
  end
  for _, m in ipairs(best) do
    if not listed[m] then missing[#missing + 1] = "“" .. m .. "”" end
  end
  local parts = {}
  if #wrong == 1 and #missing == 1 then
    parts[1] = wrong[1] .. "应为" .. missing[1]
  else
    if #wrong > 0 then parts[#parts + 1] = table.concat(wrong, "、") .. "不在其中" end
    if #missing > 0 then parts[#parts + 1] = "缺少" .. table.concat(missing, "、") end
  end
  if #parts == 0 then parts[1] = "顺序不对" end
  return best, table.concat(parts, "，")
end

-- The list of members written right after the name (from byte `at` of s on): an optional closing
-- quote and connective (，即 …), then items joined by 、 up to the end of the clause.
local function list_after(s, at)
  local _, lead = re.find(s, "\\G(?:”)?(?:工作|任务|要求|目标|总体布局|战略布局)?" ..
                            "(?:[，：]?(?:即|也就是|就是|包括|具体是|主要是|是指)[：]?|[：（]|——)?", at)
  local from = (lead or at - 1) + 1
  local stop = re.find(s, "[，。；：！？）”“\\n]", from) or (#s + 1)
  if stop <= from then return nil end
  return from, stop - 1
end

-- The list written right before the name (ending at byte `at` - 1 of s): items joined by 、 from
-- the start of the clause, then an optional 的 or 这 and opening quote.
local function list_before(s, at)
  local head = s:sub(1, at - 1)
  local trimmed = re.match(head, "^(.*?)(?:的|这|等)?“?$")
  if not trimmed or trimmed == "" then return nil end
  local to = #trimmed
  local last_stop = 0
  for p in re.gmatch(trimmed, "[，。；：！？（(”“\n]") do last_stop = p end
  local from = last_stop == 0 and 1 or (last_stop + #trimmed:sub(last_stop):match("^" .. CHAR))
  if from > to then return nil end
  if head:sub(to + 1, to + #"等") == "等" then return nil end  -- A、B等“四个意识”: not all
  return from, to
end

-- The first item of a list may begin with the words of its clause (涵盖经济建设、……): when it ends
-- with a member, the item is that member. The last may go on after its member (……最严肃的问责的要求).
local function trim_first(e, items)
  local t = items[1].text
  if e.all[t] then return end
  local best
  for m in pairs(e.all) do
    if #m < #t and t:sub(-#m) == m and (not best or #m > #best) then best = m end
  end
  if best then
    items[1].from = items[1].from + #t - #best
    items[1].text = best
  end
end

local function trim_last(e, items)
  local last = items[#items]
  if e.all[last.text] then return end
  local best
  for m in pairs(e.all) do
    if #m < #last.text and last.text:sub(1, #m) == m and (not best or #m > #best) then best = m end
  end
  if best then
    last.to = last.from + #best - 1
    last.text = best
  end
end

-- Formulations by member, for lists written without their name.
local by_member = {}
for _, e in pairs(entries) do
  if #e.versions[1] >= 3 then
    for m in pairs(e.all) do
      by_member[m] = by_member[m] or {}
      by_member[m][#by_member[m] + 1] = e
    end
  end
end

-- A list without its name is checked only when it is plainly the formulation: as many items as its
-- members, and either all of them its members in another order, or all but one in their places and
-- that one of their kind (政治意识、大局意识、核心意识、责任意识).
local function unnamed_difference(e, items)
  local v = e.versions[1]
  if #items ~= #v then return nil end
  local list, members, in_place, odd = {}, 0, 0, nil
  for i, item in ipairs(items) do
    list[i] = item.text
    if e.all[item.text] then members = members + 1 else odd = item.text end
    if item.text == v[i] then in_place = in_place + 1 end
  end
  local plain_order = members == #v
  local one_wrong = members == #v - 1 and in_place == #v - 1 and member_like(e, odd)
  if not (plain_order or one_wrong) then return nil end
  return differences(e, list)
end

local CLAUSE_STOPS = "[，。；：！？（）“”《》\n]"

local function overlaps(ranges, from, to)
  for _, r in ipairs(ranges) do
    if r[1] <= to and from <= r[2] then return true end
  end
  return false
end

local function check_clause(node, s, from, stop, report)
  local candidates = {}
  local items = items_of(s, from, stop - 1)
  for i = 2, #items do
    for _, e in ipairs(by_member[items[i].text] or {}) do candidates[e] = true end
  end
  if #items < 3 or items[#items].text:find("等", 1, true) then return end
  for e in pairs(candidates) do
    local own = {}
    for i, item in ipairs(items) do own[i] = { text = item.text, from = item.from, to = item.to } end
    trim_first(e, own)
    trim_last(e, own)
    local expected, why = unnamed_difference(e, own)
    if expected then
      local canonical = table.concat(expected, "、")
      report{ at = node, from = own[1].from, to = own[#own].to, message = "“" .. canonical .. "”是固定提法，" .. why,
              suggestion = "改为“" .. canonical .. "”" }
      return
    end
  end
end

local all_members = {}
for m in pairs(by_member) do all_members[#all_members + 1] = m end
table.sort(all_members)
local MEMBERS = re.any_of(all_members)

-- Each clause holding a list joined by 、, once, unless a list next to a name was found there: the
-- stops of s found once, and walked along with the lists.
local function check_unnamed(node, s, named, report)
  if not re.test(s, MEMBERS) then return end
  local stops = {}
  for at in re.gmatch(s, CLAUSE_STOPS) do stops[#stops + 1] = at end
  stops[#stops + 1] = #s + 1
  local k, from = 1, 1  -- stops[k] is the first stop after from, the start of the current clause
  local p = s:find("、", 1, true)
  while p do
    while stops[k] < p do
      from = stops[k] + #(s:match("^" .. CHAR, stops[k]) or "x")
      k = k + 1
    end
    local stop = stops[k]
    if not overlaps(named, from, stop - 1) then check_clause(node, s, from, stop, report) end
    p = s:find("、", stop, true)
  end
end

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if s:find("、", 1, true) then
      local named = {}  -- the lists found next to a name, checked there: {from, to}
      for at, stop in re.gmatch(s, NAMES) do
        local name = s:sub(at, stop)
        local e = entries[name]
        local spans = {}
        local a_from, a_to = list_after(s, stop + 1)
        if a_from then spans[#spans + 1] = { a_from, a_to, "after" } end
        local b_from, b_to = list_before(s, at)
        if b_from then spans[#spans + 1] = { b_from, b_to, "before" } end
        for _, span in ipairs(spans) do
          local items = items_of(s, span[1], span[2])
          -- a list with 等 is not all the members (稳就业、稳金融、稳外贸等)
          if #items >= 2 and not items[#items].text:find("等", 1, true)
              and s:sub(span[2] + 1, span[2] + #"等") ~= "等" then
            -- the first item of a list before the name may begin with its verb (牢固树立……)
            if span[3] == "before" and not member_like(e, items[1].text) then
              for _, lead in ipairs(LEADS) do
                local t = items[1].text
                if t:sub(1, #lead) == lead and member_like(e, t:sub(#lead + 1)) then
                  items[1].text = t:sub(#lead + 1)
                  items[1].from = items[1].from + #lead
                  break
                end
              end
              trim_first(e, items)
            end
            -- the list is the members: all its items are of their kind, or all but one are
            -- members and that one is a short word of its own (共赢 among 创新、协调……)
            local members, unlike, short = 0, 0, true
            for _, item in ipairs(items) do
              if e.all[item.text] then members = members + 1 end
              if not member_like(e, item.text) then
                unlike = unlike + 1
                if #item.text > e.longest + 2 * 3 or re.test(item.text, "[^\\p{sc:Han}]") then short = false end
              end
            end
            local canonical_count = #e.versions[1]
            if members >= 2 and (unlike == 0 or (unlike == 1 and short and members >= canonical_count - 1)) then
              local list = {}
              for i, item in ipairs(items) do list[i] = item.text end
              named[#named + 1] = { items[1].from, items[#items].to }
              local expected, why = differences(e, list)
              if expected then
                local canonical = table.concat(expected, "、")
                report{ at = node, from = items[1].from, to = items[#items].to,
                        message = "“" .. name .. "”依次是" .. canonical .. "，" .. why,
                        suggestion = "改为“" .. canonical .. "”" }
              end
            end
          end
        end
      end
      check_unnamed(node, s, named, report)
    end
  end
end

return rule
