-- Headings of one level under one parent are numbered 1, 2, 3 … without gaps or repeats, and
-- start again under each new parent (GB/T 9704-2012, 7.3.3).
local chinese = require("chinese")

local rule = {
  id = "numbering.sections",
  category = "numbering",
  severity = "warning",
  summary = "同级标题序号应从一开始连续编排，不跳号、不重号，在每个上级标题下重新编号",
  explain = [[
标题“一、”“（一）”“1.”“（1）”在本级按1、2、3……编号，在上一级的每个标题下重新编号。跳号（“二、”之后是
“四、”）、重号或不从一开始，几乎都是编辑时移动或删除了某个标题。有的文件（如国务院文件）的二级标题在全文
连续编号（一、下为（一）至（三），二、下从（四）起），接着上一个上级标题下的序号编排的不报告。

示例：
    一、……
    二、……
    四、……
→ warning: 标题序号不连续：“二、”之后应为“三、”，此处为“四、”]],
  options = {},
}

-- The last number of each kind in a list of headings.
local function last_numbers(list)
  local last = {}
  for _, section in ipairs(list) do
    if section.numbered then last[section.marker] = section.number end
  end
  return last
end

-- start: per marker kind, the number the list may begin with (1, or the next after the last one
-- under the previous parent when the document numbers its sub-headings on through the parents)
local function check_siblings(list, report, start, boundaries, continues)
  local expected = {}   -- per marker kind: the number the next heading should have
  local seen = {}       -- per marker kind and number: the heading that used it
  local previous_line = 0
  for index, section in ipairs(list) do
    if section.numbered then
      if boundaries then -- most documents have none: a heading's line is then not read
        local line = section.line
        if boundaries.between(previous_line, line) then expected, seen = {}, {} end
        previous_line = line
      end
      local kind, n = section.marker, section.number
      local next_section = list[index + 1]
      local following = next_section and next_section.numbered and next_section.marker == kind and next_section.number
      local first_line = seen[kind] and seen[kind][n]
      local want = expected[kind] or 1
      if not expected[kind] and start and start[kind] and n == start[kind] then want = n end
      -- a part of a document too large to check at once goes on with the numbers of the part before
      if not expected[kind] and continues then want = n end
      if first_line then
        local at = section.number_text or section -- a node made when first read: only to report
        report{ at = at, from = 1, to = #at.text,
                message = "标题序号重复：“" .. chinese.marker(kind, n) .. "”已在第" .. first_line .. "行使用",
                suggestion = "改为“" .. chinese.marker(kind, want) .. "”" }
      elseif n ~= want then
        local message
        if want == 1 then
          message = "标题序号应从“" .. chinese.marker(kind, 1) .. "”开始，此处为“" .. chinese.marker(kind, n) .. "”"
        else
          message = "标题序号不连续：“" .. chinese.marker(kind, want - 1) .. "”之后应为“" ..
                    chinese.marker(kind, want) .. "”，此处为“" .. chinese.marker(kind, n) .. "”"
        end
        local at = section.number_text or section
        report{ at = at, from = 1, to = #at.text, message = message,
                suggestion = "改为“" .. chinese.marker(kind, want) .. "”，或补上缺少的标题" }
      end
      seen[kind] = seen[kind] or {}
      if n == want or not (following == want + 1) then seen[kind][n] = seen[kind][n] or section.line end
      -- one break is one finding: when the next heading goes on from the number this one should have
      -- had (一、三、三、四), this one was mistyped; else the numbering goes on from the number written
      if n ~= want and following == want + 1 then expected[kind] = want + 1
      else expected[kind] = math.max(want, n) + 1 end
    end
  end
end

-- The lines where numbering starts afresh whatever came before: an attachment (附件1) and a
-- heading numbered 6.4.2, which the outline does not know, under which （1）（2） start again;
-- nil when there is none.
local function boundaries_of(doc)
  local lines = {}
  for _, node in ipairs(doc.text_nodes) do
    local t = node.text
    if (t:find("附件", 1, true) and re.test(t, "^[　 ]*附件\\s*[0-9０-９一二三四五六七八九十]*\\s*[：:]?\\s*$")) or
       (t:find(".", 1, true) and re.test(t, "^[　 ]*[0-9]+\\.[0-9]+(?:\\.[0-9]+)*[　 ]")) then
      lines[#lines + 1] = node.line
    end
  end
  if #lines == 0 then return nil end
  return {
    between = function(from, to)
      for _, l in ipairs(lines) do
        if l > from and l < to then return true end
      end
      return false
    end,
  }
end

function rule.check(doc, report)
  local boundaries = boundaries_of(doc)
  check_siblings(doc.outline, report, nil, boundaries, doc.continues)
  -- 一、(一)(二)(三) 二、(四)(五): a document may number its sub-headings on through the parents, as
  -- State Council documents do; a list that starts right after where the previous parent's ended
  -- goes on from there
  local running = {}
  for _, section in ipairs(doc.sections) do
    local children = section.children
    if children[1] then -- a heading without sub-headings changes nothing
      local start = {}
      for kind, n in pairs(running) do start[kind] = n + 1 end
      check_siblings(children, report, start, boundaries)
      for kind, n in pairs(last_numbers(children)) do running[kind] = n end
    end
  end
end

return rule
