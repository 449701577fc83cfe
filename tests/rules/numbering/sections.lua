return {
  rule = "numbering.sections",
  valid = {
    { name = "sub-headings numbered on through the parents, as State Council documents do", text = [[
简报（一）
周口：标题
一、总体要求
（一）指导思想。正文。
（二）基本原则。正文。
二、主要任务
（三）统筹建设平台。正文。
（四）实行清单管理。正文。
]] },
    { name = "numbering that starts afresh in an attachment and under a heading 6.4.2", text = [[
简报（一）
周口：标题
一、工作回顾
　　正文。
二、今年安排
　　正文。
附件1
十件民生实事
一、提高低保标准
　　正文。
二、建设养老设施
　　正文。
6.4.1 对参加应急工作的人员，应给予表彰：
（1）出色完成应急任务的；
（2）提出重要建议的。
6.4.2 有下列行为之一的，依法追究责任：
（1）不按规定执行的；
（2）以假充真的。
]] },
    { name = "a run of numbered paragraphs, long and short", text = "简报（一）\n周口：标题\n一、财政收入\n　　全市完成地方财政收入61.4亿元。\n1、公共财政预算收入完成58.2亿元，同比下降2.9%，其中税收收入完成46.8亿元，下降6%。\n2、政府性基金收入完成3.1亿元。\n" },
    { name = "the numbered items of a note are no headings", text = "简报（一）\n周口：标题\n一、总体情况\n　　全年完成投资120亿元。\n注：1、本期数据为初步统计数；\n2、增长速度按可比价计算，各项绝对数按现价计算，与上年同期比较的口径一致。\n" },
    { name = "two levels, restarting under each parent", text = [[
简报（一）
周口：标题
一、第一部分
　　（一）甲。正文。
　　（二）乙。正文。
二、第二部分
　　（一）丙。正文。
　　（二）丁。正文。
]] },
    { name = "extracted text with run-in subsections", text = [[
 简报 (四十七)

鹤壁: 标题

 一、主要做法

(一)提升站位,高位推动.将养老服务联动监督作为重大举措.

(二)汇聚合力,开门监督.组织开展了专题培训.

二、主要成效

(一)责任感不断增强.各级各部门认识进一步提高.
]] },
  },
  invalid = {
    { name = "one mistyped number is one finding (一、三、三、四)", text = "简报（一）\n周口：标题\n一、甲\n　　正文。\n三、乙\n　　正文。\n三、丙\n　　正文。\n四、丁\n　　正文。\n",
      findings = { { line = 5, column = 1, end_line = 5, end_column = 3,
        message = "标题序号不连续：“一、”之后应为“二、”，此处为“三、”", suggestion = "改为“二、”，或补上缺少的标题" } } },
    { name = "a skipped heading", text = [[
简报（一）
周口：标题
一、第一部分
　　正文。
二、第二部分
　　正文。
四、第四部分
　　正文。
]], findings = {
      { line = 7, column = 1, end_line = 7, end_column = 3,
        message = "标题序号不连续：“二、”之后应为“三、”，此处为“四、”",
        suggestion = "改为“三、”，或补上缺少的标题" },
    } },
    { name = "a repeated subheading", text = [[
简报（一）
周口：标题
一、第一部分
　　（一）甲。正文。
　　（二）乙。正文。
　　（二）丙。正文。
]], findings = {
      { line = 6, column = 3, end_line = 6, end_column = 6,
        message = "标题序号重复：“（二）”已在第5行使用",
        suggestion = "改为“（三）”" },
    } },
    { name = "not starting at one", text = [[
简报（一）
周口：标题
一、第一部分
　　（二）乙。正文。
]], findings = {
      { line = 4, column = 3, end_line = 4, end_column = 6,
        message = "标题序号应从“（一）”开始，此处为“（二）”",
        suggestion = "改为“（一）”，或补上缺少的标题" },
    } },
  },
}
