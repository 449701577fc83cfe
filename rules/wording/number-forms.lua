-- Number forms of GB/T 15835-2011: a range keeps its unit (%, 万, 亿) on both ends, Arabic digits
-- combine with 万 and 亿 only (not 千), and the session numbers of meetings (届) are Chinese numerals.
local text = require("text")
local forms = require("number_forms")

local rule = {
  id = "wording.number-forms",
  category = "wording",
  severity = "warning",
  summary = "数字用法应符合GB/T 15835：范围两端都带%、万、亿，阿拉伯数字不与“千”连用，届次和人大会议次序用汉字",
  explain = [[
GB/T 15835-2011 要求：用阿拉伯数字写的范围，两端都带“%”“万”或“亿”（15%～30%、3万～5万元，不写15～30%、
3～5万元），因为“15～30%”可能被读作15到0.3；阿拉伯数字只与“万”“亿”连用（4000余份或四千余份，不写4千余份；
千米、千克、千瓦是单位，不报告）；会议的届次用汉字数字（十四届全国人大，不写14届全国人大）；人大及其常委会的会议次序也用汉字数字
（市人大常委会第二十一次会议，不写第21次会议）。其他机关的会议常用阿拉伯数字编号（国务院第104次常务会议、
市委常委会第58次会议），不报告。

示例：
    满意率保持在85—90%之间
→ warning: 范围两端都应带“%”：应为“85%—90%”]],
  options = {},
}

local function report_ranges(node, report)
  for from, to, first, dash, second, unit in re.gmatch(node.text, forms.range_pattern) do
    local fixed = first .. unit .. dash .. second .. unit
    report{ at = node, from = from, to = to, message = "范围两端都应带“" .. unit .. "”：应为“" .. fixed .. "”",
            suggestion = "改为“" .. fixed .. "”" }
  end
end

local function report_qian(node, report)
  for from, to, digits in re.gmatch(node.text, forms.qian_pattern) do
    report{ at = node, from = from, to = to, message = "阿拉伯数字不与“千”连用：“" .. digits .. "千”",
            suggestion = digits:find("[.．]") and "改为“万”或汉字数字" or ("改为“" .. digits .. "000”或汉字数字") }
  end
end

local function report_sessions(node, report)
  for from, to, digits in re.gmatch(node.text, forms.session_pattern) do
    report{ at = node, from = from, to = to, message = "届次应使用汉字数字，不用“" .. digits .. "届”",
            suggestion = "改为汉字数字，如“十四届”" }
  end
end

local function report_sittings(node, report)
  for from, to, digits in re.gmatch(node.text, forms.sitting_pattern) do
    local at = node.text:find(digits, from, true)
    report{ at = node, from = at - #"第", to = at + #digits + #"次" - 1,
            message = "人大及其常委会的会议次序应使用汉字数字，不用“第" .. digits .. "次”",
            suggestion = "改为汉字数字，如“第十一次会议”" }
  end
end

function rule.check(doc, report)
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if re.test(s, forms.any_digit) then -- each of the four forms has Arabic digits
      report_ranges(node, report)
      if s:find(forms.qian_needs, 1, true) then report_qian(node, report) end
      if s:find(forms.session_needs, 1, true) then report_sessions(node, report) end
      if s:find(forms.sitting_needs, 1, true) then report_sittings(node, report) end
    end
  end
end

return rule
