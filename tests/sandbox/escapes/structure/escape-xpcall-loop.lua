local rule = { id = "structure.escape-xpcall-loop", category = "structure", severity = "warning", summary = "hostile: a loop whose xpcall handler loops too" }

function rule.check(doc, report)
  xpcall(function() while true do end end, function() while true do end end)
end

return rule
