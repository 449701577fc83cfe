local rule = { id = "structure.shared-own-module", category = "structure", severity = "warning", summary = "hostile: a module of its own named like a built-in one" }

function rule.check(doc, report)
  if require('text').hostile then error('its own module text, as it should be') end
end

return rule
