-- A body paragraph ends with sentence-final punctuation.
local rule = {
  id = "structure.paragraph-end",
  category = "structure",
  severity = "warning",
  summary = "正文段落应以句末标点结束",
  explain = [[
正文段落以“。”“！”“？”或“……”结束（后面可以跟后引号或后括号）。没有句末标点的段落，通常是丢了句号，
或被截断了。以冒号结尾、引出下文的段落可以接受；编号列举中以“；”结束、后面接下一项的条目（注：1、…；2、…。），
以及单独一行的括号内容（如来源行“（来源：……）”）也可以接受。

示例：
    ……“两院一体”等特色化服务模式加大示范推广和带动提升
→ warning: 段落末尾缺少句末标点]],
  options = {},
}

local final = { ["。"] = true, ["！"] = true, ["？"] = true, ["."] = true, ["!"] = true, ["?"] = true,
                ["…"] = true, ["："] = true, [":"] = true }
local closing = { ["”"] = true, ["’"] = true, ["）"] = true, [")"] = true, ["》"] = true, ["»"] = true,
                  ["」"] = true, ["』"] = true }

local function starts_numbered(paragraph)
  return paragraph and re.test(paragraph.text, "^[0-9０-９]+[、.．]")
end

local function bracketed(text)
  return re.test(text, "^[（(][^（()）]*[）)]$")
end

function rule.check(doc, report)
  for index, paragraph in ipairs(doc.paragraphs) do
    local text = paragraph.text
    local last = text:sub(utf8.offset(text, -1) or 1)
    local is_item = starts_numbered(paragraph) or re.test(text, "^注[：:]")
    local list_item = (last == "；" or last == ";") and is_item and starts_numbered(doc.paragraphs[index + 1])
    if list_item or bracketed(text) then goto continue end
    local pos = utf8.offset(text, -1)
    while pos and pos > 1 and closing[text:sub(pos)] do
      text = text:sub(1, pos - 1)
      pos = utf8.offset(text, -1)
    end
    if pos and not final[text:sub(pos)] then
      report{ at = paragraph, from = pos, to = #text, message = "段落末尾缺少句末标点",
              suggestion = "在段末补上“。”" }
    end
    ::continue::
  end
end

return rule
