return {
  rule = "percentage.change-consistency",
  valid = {
    { name = "growth rates compared with the earlier period's in brackets, rounding allowed", text = [[
简报（一）
周口：标题
　　地区生产总值同比增长5.6%，比一季度加快0.4个百分点（一季度增长5.2%）。工业增加值增长7.9%，增速比一季度回落0.6个百分点（一季度增长8.5%）。投资同比下降2.3%，降幅比一季度收窄1.5个百分点（一季度下降3.8%）。消费增长4.9%，比上年同期加快0.5个百分点（上年同期增长4.5%）。
]] },
    { name = "the earlier rate after the change, consistent", text = "简报（一）\n周口：标题\n　　签约率为60.5%，比上年提高3.5个百分点，上年为57.0%。\n" },
    { name = "each change pairs with its own clause", text = "简报（一）\n周口：标题\n　　参保率由88.2%提高到95.1%，提高6.9个百分点；签约率由40.5%提高到47.3%，提高6.8个百分点。\n" },
    { name = "changes that match their values", text = [[
简报（一）
周口：标题
　　运营率由76%提高到96%，提高了20个百分点。床位由50张增加到60张，增长20%。
]] },
  },
  invalid = {
    { name = "two changes stated together pair with the two series in order", text = "简报（一）\n周口：标题\n　　覆盖率和治理率分别由86.5%、62.0%提高到91.2%、75.0%，分别提高4.7个和13.5个百分点。\n",
      findings = { { line = 3, column = 48, end_line = 3, end_column = 56, message = "由62.0%到75.0%相差13.0个百分点，与所写的13.5个百分点不符",
        suggestion = "核对变化量和前后两个比率" } } },
    { name = "the earlier rate after the change", text = "简报（一）\n周口：标题\n　　群众满意率为93.6%，比上年提高2.1个百分点，上年为90.5%。\n",
      findings = { { line = 3, column = 20, end_line = 3, end_column = 27, message = "由90.5%到93.6%相差3.1个百分点，与所写的2.1个百分点不符",
        suggestion = "核对变化量和前后两个比率" } } },
    { name = "the earlier rate inside the comparison", text = "简报（一）\n周口：标题\n　　参保率为97.2%，较上年的95.0%提高1.2个百分点。\n",
      findings = { { line = 3, column = 24, end_line = 3, end_column = 31, message = "由95.0%到97.2%相差2.2个百分点，与所写的1.2个百分点不符",
        suggestion = "核对变化量和前后两个比率" } } },
    { name = "points that do not match the two rates", text = [[
简报（一）
周口：标题
　　运营率由76%提高到96%，提高了18个百分点。
]], findings = {
      { line = 3, column = 20, end_line = 3, end_column = 26, message = "由76%到96%相差20个百分点，与所写的18个百分点不符",
        suggestion = "核对变化量和前后两个比率" },
    } },
    { name = "a percentage that does not match the two counts", text = [[
简报（一）
周口：标题
　　床位由50张增加到60张，增长25%。
]], findings = {
      { line = 3, column = 18, end_line = 3, end_column = 21, message = "由50张到60张变化20%，与所写的25%不符",
        suggestion = "核对变化百分比和前后两个数值" },
    } },
    { name = "a growth rate's change in points against the earlier rate in brackets", text = [[
简报（一）
周口：标题
　　地区生产总值同比增长5.6%，比一季度加快0.6个百分点（一季度增长5.2%）。
]], findings = {
      { line = 3, column = 24, end_line = 3, end_column = 27,
        message = "增速由一季度的5.2%到5.6%，相差0.4个百分点，与所写的0.6个百分点不符",
        suggestion = "核对变化量和前后两个增速" },
    } },
  },
}
