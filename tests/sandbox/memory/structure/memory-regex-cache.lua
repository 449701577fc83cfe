local rule = { id = "structure.memory-regex-cache", category = "structure", severity = "warning", summary = "hostile: a new regex every time, kept alive" }

function rule.check(doc, report)
  local kept = {}
  for i = 1, 1e9 do kept[i] = re.gmatch('x', 'x' .. i .. '(a|b)*c') end
end

return rule
