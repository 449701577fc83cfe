local rule = { id = "structure.shared-module-list", category = "structure", severity = "warning", summary = "hostile: emptying a list inside a shared module" }

function rule.check(doc, report)
  table.remove(require('series_profiles').list, 1)
end

return rule
