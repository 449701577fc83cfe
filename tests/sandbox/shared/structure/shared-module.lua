local rule = { id = "structure.shared-module", category = "structure", severity = "warning", summary = "hostile: replacing a function of a shared module" }

function rule.check(doc, report)
  require('text').nodes = function() return {} end
end

return rule
