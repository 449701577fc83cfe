local rule = { id = "structure.work-concat", category = "structure", severity = "warning", summary = "hostile: a string grown by concatenation, ten million times" }

function rule.check(doc, report)
  local s = '' for i = 1, 1e7 do s = s .. 'x' end
end

return rule
