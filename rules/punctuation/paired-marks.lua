-- Paired marks (“” 《》 （） 【】 〔〕 「」 『』, and « » that PDF extraction leaves for 《》) open and
-- close in pairs and nest without crossing (GB/T 15834-2011).
local text = require("text")

local rule = {
  id = "punctuation.paired-marks",
  category = "punctuation",
  severity = "error",
  summary = "引号、书名号、括号等成对标点应配对，且不得交叉嵌套",
  explain = [[
引号、书名号和括号成对使用。只有前一半（或只有后一半），就看不出引语或文件名到哪里结束；交叉嵌套
（“《……”……》）则无法读通。跨多段的引语在每段开头用“、只在最后一段结尾用”，这一用法不报告。

示例：
    组织学习《河南省养老服务条例，深度培训……
→ error: “《”没有配对的“》”]],
  options = { max_per_text = 5 },
}

local OPEN, CLOSE = {}, {}
local function pair(open, close, family)
  OPEN[open] = { family = family, mark = open }
  CLOSE[close] = { family = family, mark = close }
end
pair("“", "”", "“”")
pair("《", "》", "《》")
pair("«", "»", "《》")
pair("（", "）", "（）")
pair("(", ")", "（）")
pair("【", "】", "【】")
pair("〔", "〕", "〔〕")
pair("「", "」", "「」")
pair("『", "』", "『』")

local OPENER_OF = { ["“”"] = "“", ["《》"] = "《", ["（）"] = "（", ["【】"] = "【", ["〔〕"] = "〔",
                    ["「」"] = "「", ["『』"] = "『" }
local CLOSER_OF = { ["“”"] = "”", ["《》"] = "》", ["（）"] = "）", ["【】"] = "】", ["〔〕"] = "〕",
                    ["「」"] = "」", ["『』"] = "』" }

local function span(p, mark) return p, p + #mark - 1 end

-- The findings of a text so far, with t added (the list made at the first).
local function gather(found, t)
  found = found or {}
  found[#found + 1] = t
  return found
end

local function starts_with_quote(node)
  return node ~= nil and node.text:sub(1, #"“") == "“"
end

-- Checks one text node; returns the unclosed “ left at its end (for quotations over paragraphs:
-- one may run on into the next paragraph, which then opens with “). The findings are gathered
-- (most texts have none) and the first max_per_text of them reported.
local function check_text(node, report, options, next_paragraph)
  local stack, found = {}, nil
  for p, _, c in re.gmatch(node.text, "([“”《》«»（）()【】〔〕「」『』])") do
    local open, close = OPEN[c], CLOSE[c]
    if open then
      stack[#stack + 1] = { family = open.family, mark = c, from = p }
    elseif close then
      local depth = #stack
      while depth > 0 and stack[depth].family ~= close.family do depth = depth - 1 end
      if depth == 0 then
        local from, to = span(p, c)
        found = gather(found, { at = node, from = from, to = to,
             message = "“" .. close.mark .. "”前面没有配对的“" .. OPENER_OF[close.family] .. "”",
             suggestion = "补上左半边，或删去多余的“" .. close.mark .. "”" })
      else
        for k = #stack, depth + 1, -1 do
          local inner = stack[k]
          local from, to = span(inner.from, inner.mark)
          found = gather(found, { at = node, from = from, to = to,
               message = "“" .. inner.mark .. "”尚未闭合就出现了“" .. close.mark .. "”：成对标点交叉或缺少“" ..
                         CLOSER_OF[inner.family] .. "”",
               suggestion = "在“" .. close.mark .. "”之前补上“" .. CLOSER_OF[inner.family] .. "”" })
          stack[k] = nil
        end
        stack[depth] = nil
      end
    end
  end
  local open_quote_left = false
  for _, inner in ipairs(stack) do
    if inner.family == "“”" and starts_with_quote(next_paragraph(node)) then
      open_quote_left = true      -- the quotation goes on in the next paragraph
    else
      local from, to = span(inner.from, inner.mark)
      found = gather(found, { at = node, from = from, to = to,
           message = "“" .. inner.mark .. "”没有配对的“" .. CLOSER_OF[inner.family] .. "”",
           suggestion = "在相应位置补上“" .. CLOSER_OF[inner.family] .. "”，或删去“" .. inner.mark .. "”" })
    end
  end
  if found then
    local shown = options.max_per_text
    for i = 1, math.min(#found, shown) do report(found[i]) end
    if #found > shown then
      report{ at = node, message = "此段另有" .. (#found - shown) .. "处成对标点不配对（未逐一列出）" }
    end
  end
  return open_quote_left
end

function rule.check(doc, report, options)
  local paragraph_after -- made at the first quotation left open at the end of a text
  local function next_paragraph(node)
    if not paragraph_after then
      paragraph_after = {}
      for i, paragraph in ipairs(doc.paragraphs) do paragraph_after[paragraph] = doc.paragraphs[i + 1] end
    end
    return paragraph_after[node]
  end
  for _, node in ipairs(text.nodes(doc)) do
    check_text(node, report, options, next_paragraph)
  end
end

return rule
