local rule = { id = "structure.shared-string-method", category = "structure", severity = "warning", summary = "hostile: replacing the string methods through the strings' metatable" }

function rule.check(doc, report)
  getmetatable('').__index.find = function() return 1, 1 end
end

return rule
