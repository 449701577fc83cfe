local rule = { id = "structure.work-regex-slow", category = "structure", severity = "warning",
  summary = "hostile: a regex just under PCRE2's match limit, again and again (stopped by the CPU-time deadline)" }

function rule.check(doc, report)
  local s = ("a"):rep(27) .. "b"
  while true do re.find(s, "(a|aa)*$") end
end

return rule
