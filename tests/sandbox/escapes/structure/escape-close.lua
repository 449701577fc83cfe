local rule = { id = "structure.escape-close", category = "structure", severity = "warning", summary = "hostile: a __close handler that loops" }

function rule.check(doc, report)
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
  while true do end
end

return rule
