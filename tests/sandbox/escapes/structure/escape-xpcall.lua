local rule = { id = "structure.escape-xpcall", category = "structure", severity = "warning", summary = "hostile: an xpcall handler that loops" }

function rule.check(doc, report)
  xpcall(error, function() while true do end end)
end

return rule
