-- hostile: a rule file whose own code (run once, when the rules are loaded) never ends
local rule = { id = "structure.load-loop", category = "structure", severity = "warning", summary = "hostile" }
while true do end
return rule
