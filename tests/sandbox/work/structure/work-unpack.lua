local rule = { id = "structure.work-unpack", category = "structure", severity = "warning", summary = "hostile: unpacking a large range, again and again" }

function rule.check(doc, report)
  local t = {} while true do table.unpack(t, 1, 500000) end
end

return rule
