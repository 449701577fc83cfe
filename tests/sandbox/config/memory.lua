-- a configuration that doubles a string thirty times
local s = "x"
for i = 1, 30 do s = s .. s end
return { rules = {} }
