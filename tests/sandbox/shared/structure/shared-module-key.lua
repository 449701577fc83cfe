local rule = { id = "structure.shared-module-key", category = "structure", severity = "warning", summary = "hostile: changing a table that is a key in a shared module" }

function rule.check(doc, report)
  local m = require("sentinels")
  if m.names[m.A] ~= "a" then error("a key of a frozen module is not the table it stands for") end
  for key in pairs(m.names) do key.x = 1 end
end

return rule
