local rule = { id = "structure.work-table-move", category = "structure", severity = "warning", summary = "hostile: table.move of 2^40 elements" }

function rule.check(doc, report)
  table.move({}, 1, 1 << 40, 1, {})
end

return rule
