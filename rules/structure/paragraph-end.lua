-- A body paragraph ends with sentence-final punctuation.
local text = require("text")

local rule = {
  id = "structure.paragraph-end",
  category = "structure",
  severity = "warning",
  summary = "正文段落应以句末标点结束",
  explain = [[
正文段落以“。”“！”“？”或“……”结束（后面可以跟后引号或后括号）。没有句末标点的段落，通常是丢了句号，
或被截断了。以冒号结尾、引出下文的段落可以接受；编号列举中以“；”结束、后面接下一项的条目（注：1、…；2、…。）、
各段都以“；”结束的分段列举、单独一行的括号内容（如来源行“（来源：……）”）、句末之后括注的来源、图表标题，
以及单独成行、引出下一段的导语句（原文中常为加粗）也可以接受。

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

-- items of a list each end in ；(主要内容是：一、……；二、……；三、……。)
local ends_semicolon = text.ends_semicolon

-- ……罚款49.8万元。（获嘉县应急管理局）: a source in brackets after the last sentence
local function source_after_stop(text)
  return re.test(text, "[。！？][（(][^（()）]{1,30}[）)]$")
end

-- A lead line: a short sentence standing on its own line right before the paragraph it leads
-- (bold in the original), with no sentence end inside it.
local function lead_line(paragraph, next_paragraph)
  local text = paragraph.text
  if not next_paragraph or next_paragraph.line ~= paragraph.end_line + 1 or utf8.len(text) > 40 then return false end
  for _, mark in ipairs({ "。", "！", "？", "；" }) do
    if text:find(mark, 1, true) then return false end
  end
  return true
end

-- 图2：……比重（%）, 表1：……: a caption
local function caption(text)
  return re.test(text, "^[图表][0-9０-９一二三四五六七八九十]+[：:　 ]")
end

-- 附件：……典型经验做法（共130项）, 附件2. ……: the list of attachments
local function attachment(text)
  return re.test(text, "^[　 ]*附件[0-9０-９一二三四五六七八九十]*[：:．.、　 ]")
end

-- ──────, ══════, ━━━━: a rule drawn with characters (the line under a masthead, above the
-- distribution block)
local function drawn_rule(text)
  return re.test(text, "^[\\s　]*[─━═—―\\-_=~＝－＿·•*＊]{4,}[\\s　]*$")
end

local function bracketed(text)
  return re.test(text, "^[（(][^（()）]*[）)]$")
end

-- The byte where the paragraph's last character stands once closing marks (” ） 》 …) are set
-- aside, and the text up to it; nil when nothing is left.
local function last_mark(text)
  local pos = utf8.offset(text, -1)
  while pos and pos > 1 and closing[text:sub(pos)] do
    text = text:sub(1, pos - 1)
    pos = utf8.offset(text, -1)
  end
  return pos, text
end

function rule.check(doc, report)
  for index, paragraph in ipairs(doc.paragraphs) do
    if doc.goes_on and index == #doc.paragraphs then break end
    local text = paragraph.text
    -- most paragraphs end as they should: what excuses a missing mark is looked at only without one
    local pos, kept = last_mark(text)
    if not pos or final[kept:sub(pos)] then goto continue end
    local last = text:sub(utf8.offset(text, -1) or 1)
    local is_item = starts_numbered(paragraph) or re.test(text, "^注[：:]")
    local semicolon = last == "；" or last == ";"
    local list_item = semicolon and ((is_item and starts_numbered(doc.paragraphs[index + 1])) or
                                     ends_semicolon(doc.paragraphs[index + 1]) or ends_semicolon(doc.paragraphs[index - 1]))
    if list_item or bracketed(text) or source_after_stop(text) or caption(text) or attachment(text) or drawn_rule(text) or
       lead_line(paragraph, doc.paragraphs[index + 1]) then
      goto continue
    end
    report{ at = paragraph, from = pos, to = #kept, message = "段落末尾缺少句末标点",
            suggestion = "在段末补上“。”" }
    ::continue::
  end
end

return rule
