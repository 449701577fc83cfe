local rule = { id = "structure.work-regex-compile", category = "structure", severity = "warning", summary = "hostile: a new regex every time" }

function rule.check(doc, report)
  for i = 1, 1e9 do re.find('x', 'x' .. i) end
end

return rule
