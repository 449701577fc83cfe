local rule = { id = "structure.escape-return-pcall", category = "structure", severity = "warning", summary = "hostile: returning straight out of a pcall that hit the cap" }

function rule.check(doc, report)
  return pcall(string.rep, 'x', 1 << 30)
end

return rule
