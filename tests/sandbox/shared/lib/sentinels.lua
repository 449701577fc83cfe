-- a module with tables as keys, a class behind a metatable and a table kept only in an upvalue:
-- freezing it must keep the keys' identity and leave none of these tables writable
local M = {}
M.A = {}
M.names = { [M.A] = "a" }
local Class = {}
Class.__index = Class
function Class:name() return self.label end
M.obj = setmetatable({ label = "obj" }, Class)
local hidden = { count = 0 }
function M.hidden() return hidden end
return M
