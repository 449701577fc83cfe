-- A completion rate stated with what was done and the target must be done ÷ target.
local numbers = require("numbers")

local rule = {
  id = "percentage.completion-counts",
  category = "percentage",
  severity = "warning",
  summary = "完成率应与完成数和目标数相符",
  explain = [[
一句话中给出完成数、目标数和完成率时（“已建成45个，完成年度目标50个的90%”），完成率应等于完成数÷目标数
（按所写的精度）：45÷50＝90%。

示例：
    已建成社区食堂45个，完成年度目标50个的85%
→ warning: 完成率85%与完成数不符：45个÷50个＝90%]],
  options = {},
}

function rule.check(doc, report)
  for _, r in ipairs(doc.relations) do
    if r.kind == "completion" and r.done and r.target and numbers.exact(r.done) and numbers.exact(r.target) and
       numbers.exact(r.rate) and r.target.value > 0 then
      local computed = numbers.percent_of(r.done.value, r.target.value, r.rate.decimals)
      if computed ~= r.rate.value then
        report{ at = r.rate, message = "完成率" .. r.rate.text .. "与完成数不符：" .. r.done.text .. "÷" .. r.target.text ..
                "＝" .. numbers.format(computed, r.rate.decimals) .. "%",
                suggestion = "核对完成率、完成数和目标数" }
      end
    end
  end
end

return rule
