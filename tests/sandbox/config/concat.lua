-- a configuration that grows a string, ten million times
local s = ""
for i = 1, 1e7 do s = s .. "x" end
return { rules = {} }
