local rule = { id = "structure.shared-module-class", category = "structure", severity = "warning", summary = "hostile: replacing a method of a class in a shared module" }

function rule.check(doc, report)
  local obj = require("sentinels").obj
  if obj:name() ~= "obj" then error("a method of a frozen module's class is lost") end
  obj.__index.name = function() return "changed" end
end

return rule
