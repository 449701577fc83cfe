local rule = { id = "structure.escape-pcall-memory", category = "structure", severity = "warning", summary = "hostile: a memory bomb retried under pcall" }

function rule.check(doc, report)
  while true do pcall(string.rep, 'x', 1 << 30) end
end

return rule
