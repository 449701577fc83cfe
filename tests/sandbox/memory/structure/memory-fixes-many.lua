local rule = { id = "structure.memory-fixes-many", category = "structure", severity = "warning", summary = "hostile: a finding with 150,000 fixes" }

function rule.check(doc, report)
  local node, fixes = doc.text_nodes[1], {}
  for i = 1, 150000 do fixes[i] = { at = node, from = 1, to = 1, text = 'x' } end
  report{ at = node, message = 'many fixes', fixes = fixes }
end

return rule
