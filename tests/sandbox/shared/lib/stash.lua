-- hostile: a module that keeps what it is given, to hand it to another rule
local kept
return { put = function(value) kept = value end, get = function() return kept end }
