local rule = { id = "structure.escape-error-table", category = "structure", severity = "warning", summary = "hostile: an error that is a table" }

function rule.check(doc, report)
  error({})
end

return rule
