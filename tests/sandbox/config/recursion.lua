-- a configuration that recurses without end
local function f() return 1 + f() end
return { rules = {}, n = f() }
