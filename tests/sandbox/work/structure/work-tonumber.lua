local rule = { id = "structure.work-tonumber", category = "structure", severity = "warning", summary = "hostile: tonumber of a long string, again and again" }

function rule.check(doc, report)
  local s = (' '):rep(1 << 20) .. '1' while true do tonumber(s) end
end

return rule
