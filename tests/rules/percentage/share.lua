return {
  rule = "percentage.share",
  valid = {
    { name = "a rate whose whole is not certain: two earlier counts of what was found", text = [[
简报（一）
周口：标题
　　上半年发现问题120个。下半年发现问题86个。
　　截至年底，已整改问题150个，整改率72.8%。
]] },
    { name = "the breadth of a group: the count after 中，有 of the count before it", text = [[
简报（一）
周口：标题
　　全市1856家规模以上工业企业中，有1213家增加值实现增长，增长面为65.4%。
]] },
    { name = "a satisfaction rate of the top grade, or of the top two grades", text = [[
简报（一）
周口：标题
　　代表对办理工作表示满意的371件，基本满意的15件，满意率为96.1%，没有不满意的。对重点建议满意的40件，基本满意的10件，满意率为100%。
]] },
    { name = "a share of the quantity set out with …中", text = "简报（一）\n周口：标题\n　　全市24个断面中，水质优良断面22个，占91.7%。\n" },
    { name = "consistent at two decimals", text = [[
简报（一）
周口：标题
　　全县常住人口50万，其中60岁以上人口11.2万人，占总人口的22.40%。
]] },
    { name = "approximate counts are not checked against the share", text = [[
简报（一）
周口：标题
　　全县常住人口约50万，其中60岁以上人口11万余人，占总人口的22%。
]] },
    { name = "rates that match their counts", text = [[
简报（一）
周口：标题
　　目前，62个问题中已整改51个，整改率达82.3%。发放问卷1200份，收回有效问卷1156份，有效率96.3%。
]] },
    { name = "rates whose whole is unclear are left alone", text = [[
简报（一）
周口：标题
　　发放问卷1200份，回收1180份，其中有效问卷1156份，有效率97.9%。建成中心120个，覆盖全市150个社区，覆盖率80%。
]] },
  },
  invalid = {
    { name = "a share of the quantity set out with …中 that does not match", text = "简报（一）\n周口：标题\n　　全市24个断面中，水质优良断面22个，占97.1%。\n",
      findings = { { line = 3, column = 23, end_line = 3, end_column = 28, severity = "warning",
        message = "占比97.1%与所列数字不符：22个÷24个＝91.7%", suggestion = "核对占比和两个数字" } } },
    { name = "lost decimal points in part and share", text = [[
简报（一）
周口：标题
　　全市常住人口202万，其中60岁以上人口444万人，占总人口的2198%。
]], findings = {
      { line = 3, column = 34, end_line = 3, end_column = 39,
        message = "占比2198%超过100%；部分（444万人）大于总数（202万）",
        suggestion = "疑为小数点丢失：应为44.4万人、21.98%（44.4万÷202万＝21.98%）" },
    } },
    { name = "a share above 100% without the whole stated: the readings up to 100%", text = [[
简报（一）
周口：标题
　　全市老年人44万人，占总人口的2198%。
]], findings = {
      { line = 3, column = 18, end_line = 3, end_column = 23, message = "占比2198%超过100%",
        suggestion = "疑为小数点丢失，可能是21.98%或2.198%" },
    } },
    { name = "a share that does not match its counts", text = [[
简报（一）
周口：标题
　　全县常住人口50万，其中60岁以上人口12万人，占总人口的22%。
]], findings = {
      { line = 3, column = 32, end_line = 3, end_column = 35,
        message = "占比22%与所列数字不符：12万人÷50万＝24%", suggestion = "核对占比和两个数字" },
    } },
    { name = "a rate that contradicts its counts says its own name", text = [[
简报（一）
周口：标题
　　目前，62个问题中已整改51个，整改率达85.3%。
]], findings = {
      { line = 3, column = 23, end_line = 3, end_column = 28,
        message = "整改率85.3%与所列数字不符：51个÷62个＝82.3%", suggestion = "核对整改率和两个数字" },
    } },
    { name = "a satisfaction rate that matches neither reading of its counts", text = [[
简报（一）
周口：标题
　　代表对办理工作表示满意的371件，基本满意的15件，满意率为97.1%，没有不满意的。
]], findings = {
      { line = 3, column = 33, end_line = 3, end_column = 38, severity = "warning",
        message = "满意率97.1%与所列数字不符：371件÷（满意371件＋基本满意15件）＝96.1%，连同基本满意为100.0%",
        suggestion = "核对满意率和各档数字" },
    } },
    { name = "a breadth that does not match its counts, and one cut instead of rounded", text = [[
简报（一）
周口：标题
　　重点监测的196种主要工业产品中，有86种实现增长，增长面为45.9%。重点监测的7种产品中，有3种实现增长，增长面达到42.8%。
]], findings = {
      { line = 3, column = 33, end_line = 3, end_column = 38, severity = "warning",
        message = "增长面45.9%与所列数字不符：86种÷196种＝43.9%", suggestion = "核对增长面和两个数字" },
      { line = 3, column = 63, end_line = 3, end_column = 68, severity = "info",
        message = "增长面42.8%与所列数字不符：3种÷7种＝42.9%（42.8%是截去尾数，不是四舍五入）", suggestion = "核对增长面和两个数字" },
    } },
    { name = "a rate whose whole was found in an earlier paragraph (the count of a subset left aside)", text = [[
简报（一）
周口：标题
　　全年发现问题486个，其中通过数据比对发现问题181个，占发现问题总数的37.2%。
　　截至9月底，被审计单位已整改问题441个，整改率92.7%。
]], findings = {
      { line = 4, column = 27, end_line = 4, end_column = 32, severity = "warning",
        message = "整改率92.7%与所列数字不符：441个÷486个＝90.7%", suggestion = "核对整改率和两个数字" },
    } },
    { name = "a share of what should be rectified: the amount found earlier", text = [[
简报（一）
周口：标题
　　共查出问题金额12.68亿元，提出审计建议329条。
　　截至9月底，整改问题金额10.35亿元，占应整改金额的86.1%。
]], findings = {
      { line = 4, column = 30, end_line = 4, end_column = 35, severity = "warning",
        message = "占比86.1%与所列数字不符：10.35亿元÷12.68亿元＝81.6%", suggestion = "核对占比和两个数字" },
    } },
  },
}
