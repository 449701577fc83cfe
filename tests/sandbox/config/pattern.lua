-- a configuration that backtracks in a Lua pattern (string methods are not there)
local found = ("a"):rep(400):find(".-.-.-.-x")
return { rules = {} }
