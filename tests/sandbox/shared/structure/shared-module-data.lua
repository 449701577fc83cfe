local rule = { id = "structure.shared-module-data", category = "structure", severity = "warning", summary = "hostile: changing the data a shared module hands out" }

function rule.check(doc, report)
  require('series_profiles').for_document(doc, 'henan-eldercare-supervision').requires.contributor = false
end

return rule
