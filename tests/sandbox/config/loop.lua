-- a configuration that loops
while true do end
return { rules = {} }
