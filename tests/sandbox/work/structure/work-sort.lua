local rule = { id = "structure.work-sort", category = "structure", severity = "warning", summary = "hostile: sorting a large table, again and again" }

function rule.check(doc, report)
  local t = {} for i = 1, 200000 do t[i] = -i end while true do table.sort(t) end
end

return rule
