local rule = { id = "structure.work-rep-empty", category = "structure", severity = "warning", summary = "hostile: an empty string repeated 2^60 times, again and again" }

function rule.check(doc, report)
  while true do local _ = (''):rep(1 << 60) end
end

return rule
