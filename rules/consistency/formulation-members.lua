-- “四个意识”, “四个自信”, “五位一体” … spelled out next to their name: the canonical members in the
-- canonical order.
local text = require("text")
local lists = require("formulations_lists")

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

local CHAR, entries, NAMES, MEMBERS, by_member = lists.CHAR, lists.entries, lists.NAMES, lists.MEMBERS, lists.by_member
local LEADS, member_like, items_of, differences = lists.LEADS, lists.member_like, lists.items_of, lists.differences
local list_after, list_before, trim_first, trim_last = lists.list_after, lists.list_before, lists.trim_first, lists.trim_last
local unnamed_difference = lists.unnamed_difference

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
