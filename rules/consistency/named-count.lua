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
“七个清单”“四个一”这样的概括数说明有几项，简报通常就在旁边列出（学习清单、内容清单……，或一是……四是……）。
列出的项数不同，多半是编辑时漏了或多了一项。以“等８家”结尾的列举可以少于八个，但不能多于八个（报错误）；
四项及以上的概括数只少一项时为提示，请核实，因为“等”可能是在删去一项后仍结束一个完整的列举。
固定提法（“四个意识”“四个自信”“两个维护”，见 rules/lib/formulations.lua）是名称而不是列举，不计数。

示例：
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
