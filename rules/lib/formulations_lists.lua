-- The machinery of consistency.formulation-members: the set formulations of rules/lib/formulations.lua
-- indexed by name and by member, and the lists of members found next to a name or on their own.
local formulations = require("formulations")

local M = {}

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


local all_members = {}
for m in pairs(by_member) do all_members[#all_members + 1] = m end
table.sort(all_members)
local MEMBERS = re.any_of(all_members)

M.CHAR, M.entries, M.NAMES, M.MEMBERS, M.by_member = CHAR, entries, NAMES, MEMBERS, by_member
M.LEADS, M.member_like, M.items_of, M.differences = LEADS, member_like, items_of, differences
M.list_after, M.list_before, M.trim_first, M.trim_last = list_after, list_before, trim_first, trim_last
M.unnamed_difference = unnamed_difference

return M
