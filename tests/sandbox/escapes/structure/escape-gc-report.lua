local rule = { id = "structure.escape-gc-report", category = "structure", severity = "warning", summary = "hostile: a finalizer that reports as whichever rule runs" }

function rule.check(doc, report)
  setmetatable({}, { __gc = function() report{ line = 1, column = 1, message = 'late' } end })
end

return rule
