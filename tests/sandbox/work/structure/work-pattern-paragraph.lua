local rule = { id = "structure.work-pattern-paragraph", category = "structure", severity = "warning", summary = "hostile: Lua pattern backtracking on the document's text" }

function rule.check(doc, report)
  local s = doc.paragraphs[1].text:rep(40); s:match('.-.-.-.-.-%z')
end

return rule
