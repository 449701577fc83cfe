-- The word forms wording.lookalikes reports, with what they should be, and the characters next to
-- them that make the form two words of its own: 促进人才 is 促进 + 人才 (not 进入), 利己经营 is 利己 +
-- 经营 (not 已经), 周末来访 is 周末 + 来访 (not 未来).
local lib = {}

lib.forms = {
  ["己经"] = "已经", ["自已"] = "自己", ["早己"] = "早已", ["而己"] = "而已", ["己有"] = "已有",
  ["己完成"] = "已完成", ["末来"] = "未来", ["尚末"] = "尚未", ["末能"] = "未能", ["从末"] = "从未",
  ["并末"] = "并未", ["末经"] = "未经", ["深人"] = "深入", ["纳人"] = "纳入", ["列人"] = "列入",
  ["投人"] = "投入", ["进人"] = "进入", ["收人"] = "收入", ["输人"] = "输入", ["杜会"] = "社会",
  ["杜区"] = "社区",
}

-- A form ending in 人 followed by one of these is X + a word with 人 (人才, 人民, 人员 …).
local ren_words = "才民员口力们群大士物类身生格心次数均气情文权事工手选家居社防性间脸证像为与和"
-- A form starting with 己 or 末 after one of these is a word with 己 or 末 + the rest (利己, 悦己经济, 周末 …).
local ji_words = "利自知克异舍损律修洁悦"
local mo_words = "周期月年岁世篇本粉始颠秋春冬夏细穷文句末"
-- A form ending in 人 after one of these is a word ending in its first character + 人…: 促进 + 人与自然.
local before_ren = {
  ["进"] = "促推引先增改跟精前挺迈奋激演递后并突上", ["纳"] = "吸接采容归缴出招", ["收"] = "吸接招回税验征创营增减丰秋",
  ["输"] = "运传", ["列"] = "并排系陈罗",
}

local function chars(s)
  local set = {}
  for _, cp in utf8.codes(s) do set[utf8.char(cp)] = true end
  return set
end

lib.next_makes_word = {}
lib.previous_makes_word = {}
for form in pairs(lib.forms) do
  local last = form:sub(-3)
  local first = form:sub(1, 3)
  if last == "人" then
    lib.next_makes_word[form] = chars(ren_words)
    if before_ren[first] then lib.previous_makes_word[form] = chars(before_ren[first]) end
  end
  if first == "己" then lib.previous_makes_word[form] = chars(ji_words) end
  if first == "末" then lib.previous_makes_word[form] = chars(mo_words) end
end

return lib
