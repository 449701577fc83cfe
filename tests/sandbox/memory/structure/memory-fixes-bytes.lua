local rule = { id = "structure.memory-fixes-bytes", category = "structure", severity = "warning", summary = "hostile: findings whose fixes take megabytes" }

function rule.check(doc, report)
  local node, fixes = doc.text_nodes[1], {}
  for i = 1, 100 do fixes[i] = { at = node, from = 1, to = 1, text = ('x'):rep(4000) } end
  for i = 1, 200 do report{ at = node, message = 'fixes ' .. i, fixes = fixes } end
end

return rule
