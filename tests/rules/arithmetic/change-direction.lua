return {
  rule = "arithmetic.change-direction",
  valid = {
    { name = "totals of another subject, a per-capita figure, a rate per period, a ratio (real report wording)", text = [[
简报（一）
周口：标题
　　新增上市公司45家、总量达1224家，上榜企业增至18家。科技企业新增1013家，验证中心、中试基地分别达到69家、107家。场地面积比上年新增67.97万平方米，人均场地面积达2.53平方米。低保标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。收入比由2.9∶1缩小至2.52∶1。
]] },
    { name = "a ratio is no pair of figures", text = "简报（一）\n周口：标题\n　　城乡居民收入比由2005年的5：1缩小到2.6：1。\n" },
    { name = "a rise that rises", text = [[
简报（一）
周口：标题
　　运营率由原来的76%提升至96%，床位由2张增加到39张。
]] },
    { name = "a rise between two years that rises", text = [[
简报（一）
周口：标题
　　资金投入从2022年的3.2亿元增加到2024年的5.1亿元。
]] },
  },
  invalid = {
    { name = "the total stated before the addition", text = "简报（一）\n周口：标题\n　　入驻企业达到86家，今年新增97家。\n",
      findings = { { line = 3, column = 9, end_line = 3, end_column = 12, message = "新增97家多于达到的总数86家",
        suggestion = "核对新增数和总数" } } },
    { name = "an addition named far before its figure, then 累计达到", text = "简报（一）\n周口：标题\n　　新增省级农产品质量安全县8个，累计达到7个。\n",
      findings = { { line = 3, column = 22, end_line = 3, end_column = 24, message = "新增8个多于达到的总数7个",
        suggestion = "核对新增数和总数" } } },
    { name = "two series changed together, paired in order", text = "简报（一）\n周口：标题\n　　受理量和办结量分别由1.52万件、1.94万件增加到1.86万件、1.84万件。\n",
      findings = { { line = 3, column = 36, end_line = 3, end_column = 42, message = "由1.94万件增加至1.84万件，后者反而小于前者",
        suggestion = "核对两个数字或“增加”" } } },
    { name = "a rise that falls", text = [[
简报（一）
周口：标题
　　运营率由原来的96%提升至76%。
]], findings = {
      { line = 3, column = 16, end_line = 3, end_column = 19, message = "由96%提升至76%，后者反而小于前者",
        suggestion = "核对两个数字或“提升”" },
    } },
    { name = "more added than reached", text = [[
简报（一）
周口：标题
　　今年新增示范村12个，全市达到10个。
]], findings = {
      { line = 3, column = 18, end_line = 3, end_column = 21, message = "新增12个多于达到的总数10个",
        suggestion = "核对新增数和总数" },
    } },
    { name = "a rise between two years that falls", text = [[
简报（一）
周口：标题
　　资金投入从2022年的5.8亿元增加到2024年的5.1亿元。
]], findings = {
      { line = 3, column = 28, end_line = 3, end_column = 33, message = "由5.8亿元增加至5.1亿元，后者反而小于前者",
        suggestion = "核对两个数字或“增加”" },
    } },
    { name = "a decline that narrowed, written 扩大; a growth that slowed, written 加快", text = [[
简报（一）
周口：标题
　　投资同比下降2.3%，降幅比一季度扩大1.5个百分点（一季度下降3.8%）。工业增长7.9%，比一季度加快0.6个百分点（一季度增长8.5%）。
]], findings = {
      { line = 3, column = 20, end_line = 3, end_column = 22,
        message = "降幅由一季度的3.8%变为2.3%，应为“收窄”，不是“扩大”", suggestion = "改为“收窄”，或核对两个增速" },
      { line = 3, column = 54, end_line = 3, end_column = 56,
        message = "增速由一季度的8.5%变为7.9%，应为“回落”，不是“加快”", suggestion = "改为“回落”，或核对两个增速" },
    } },
    { name = "two series that both go the wrong way: one finding", text = [[
简报（一）
周口：标题
　　事故起数和死亡人数分别由上年同期的10起、8人增加到6起、4人。
]], findings = {
      { line = 3, column = 32, end_line = 3, end_column = 34,
        message = "由10起、8人增加至6起、4人，后者反而都小于前者", suggestion = "核对这些数字或“增加”" },
    } },
  },
}
