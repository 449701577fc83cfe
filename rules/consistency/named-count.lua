-- “七个清单”, “四个弄清”, “四个一” announce a number of items; the items named next to them must be
-- that many. A list closed by 等N个 may name fewer, never more.
local numbers = require("numbers")
local formulations = require("formulations")

local rule = {
  id = "consistency.named-count",
  category = "consistency",
  severity = "warning",
  summary = "“七个清单”“四个一”等概括数应与列出的项数一致",
  explain = [[
A named count such as “七个清单” or “四个一” promises that many items, and the bulletin names them
next to it (学习清单、内容清单……, or 一是……四是……). A different number of items usually means one
was dropped or added in editing. A list ending in “等８家” may name fewer than eight, but not more (an error); one name short of a
count of four or more is an info that asks to check, since 等 may close a complete list from which one
name was dropped.
Set formulations (“四个意识”“四个自信”“两个维护”, rules/lib/formulations.lua) are names, not lists,
and are not counted.

Example:
    与学习清单、问题清单、整改清单相衔接的“四个清单”
→ warning: “四个清单”只列出了3项]],
  options = {},
}

-- The name as quoted: “四个清单”, “五必访” (the words after the numeral up to the closing quote).
local function quoted_name(count)
  local rest = count.paragraph.text:sub(count.to + 1, count.to + 24)
  local close = rest:find("”", 1, true)
  if close then return count.text .. rest:sub(1, close - 1) end
  return count.text .. (count.noun and count.noun.text or "")
end

-- Lists of bodies (部门, 单位, 家 …) are named in full; lists of examples (等4个方面) are not.
local function names_bodies(count)
  if count.unit == "家" then return true end
  local noun = count.noun and count.noun.text or ""
  for _, word in ipairs({ "部门", "单位", "机构", "乡镇", "街道", "县", "区" }) do
    if noun:find(word, 1, true) then return true end
  end
  return false
end

function rule.check(doc, report)
  for _, r in ipairs(doc.relations) do
    local name = r.kind == "named-count" and r.count and quoted_name(r.count)
    if name and formulations[name] then
      -- a set formulation (“四个自信”) is a name, not a list to count
    elseif r.kind == "named-count" and r.count and numbers.exact(r.count) then
      local n, listed = r.count.value // numbers.SCALE, #r.items
      local names = {}
      for _, item in ipairs(r.items) do names[#names + 1] = item.text end
      if r.open_list and listed > n then
        report{ at = r.count, severity = "error", message = "列出了" .. listed .. "项（" .. table.concat(names, "、") ..
                "），多于“等" .. r.count.text .. "”", suggestion = "核对数目" }
      elseif r.open_list and listed == n - 1 and n >= 4 and names_bodies(r.count) then
        -- 等 may close a full list, so one name short of the count is worth a look, not an error
        report{ at = r.count, severity = "info", message = "列出了" .. listed .. "项（" .. table.concat(names, "、") ..
                "），比“等" .. r.count.text .. (r.count.noun and r.count.noun.text or "") .. "”少一项，请核实是否漏列", suggestion = "核对数目，或补上漏列的一项" }
      elseif not r.open_list and listed ~= n then
        report{ at = r.count, message = "“" .. quoted_name(r.count) .. "”" .. (listed < n and "只" or "却") ..
                "列出了" .. listed .. "项",
                suggestion = "核对概括数和所列各项" }
      end
    end
  end
end

return rule
