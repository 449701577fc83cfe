return {
  rule = "arithmetic.parts-total",
  valid = {
    { name = "the basis of a rate after the parts of a 其中 is no part", text = [[
简报（一）
周口：标题
　　全市参保486.3万人，其中职工医保172.8万人、居民医保313.5万人，按户籍人口500.3万人计算，参保率97.2%。
]] },
    { name = "contributions to growth that make it up within their rounding", text = [[
简报（一）
周口：标题
　　全市地区生产总值2346.8亿元，同比增长5.6%，比一季度加快0.4个百分点（一季度增长5.2%）。
　　第一、二、三产业分别拉动经济增长0.1、2.9、2.7个百分点。
]] },
    { name = "some, the rest and all that add up", text = [[
简报（一）
周口：标题
　　检查组赴6个设区市开展实地检查，同时委托其余10个设区市人大常委会开展检查，实现16个设区市全覆盖。
]] },
    { name = "the two halves of a whole that add up; parts of other kinds that need not", text = [[
简报（一）
周口：标题
　　年末全县总人口565012人，其中城镇人口259358人，乡村人口305654人。全年城镇新增就业1.2万人，其中城镇失业人员再就业0.3万人，农村劳动力转移就业0.5万人。
]] },
    { name = "rows and their 合计 that add up; a 合计 after rows of another shape", text = [[
简报（一）
周口：标题
　　1.政策审计：发现问题97个，已整改91个。
　　2.财政审计：发现问题138个，已整改129个。
　　合计：发现问题235个，已整改220个。
　　1.甲县：完成投资3.2亿元。
　　2.乙县：新建项目12个。
　　合计：完成投资5.1亿元。
]] },
    { name = "a breakdown that lists the main parts only, one of other measures, a split of other things, a rate", text = [[
简报（一）
周口：标题
　　全县规模以上服务业实现营业收入178162.8万元。分行业看，道路运输业实现营业收入86287.3万元，邮政业实现营业收入2737.4万元。
　　全年社会消费品零售总额808539.8万元。从四大行业来看，批发业完成商品销售额549779.5万元，零售业完成商品销售额636358.7万元，住宿业完成营业额7251.3万元，餐饮业完成营业额67011.5万元。
　　累计培育形成21批173项创新案例，82项获国家层面认可。食品抽检量超每千人6.6批次，其中开展快检超5万批次。
]] },
    { name = "national amounts in 万亿元 add up", text = "简报（一）\n周口：标题\n　　全年一般公共预算支出28.5万亿元，其中中央本级3.9万亿元、地方24.6万亿元。\n" },
    { name = "breakdowns by two dimensions, a part of a part, averages", text = "简报（一）\n周口：标题\n　　全市社会消费品零售总额1068.4亿元，同比增长4.2%。按经营地分，城镇912.7亿元，增长4.0%；乡村155.7亿元，其中农村电商15.2亿元。按消费类型分，餐饮收入118.6亿元；商品零售949.8亿元。全市居民人均可支配收入24863元。按常住地分，城镇居民29876元，农村居民16342元。从主要行业看，制造业12.8亿元、建筑业9.5亿元。\n" },
    { name = "an exhaustive split that adds up", text = [[
简报（一）
周口：标题
　　交办的3个问题2项已整改到位；1项正在推进。
]] },
    { name = "approximate parts within an approximate total", text = [[
简报（一）
周口：标题
　　共发现问题200余条，其中设施方面100余条、服务方面90余条。
]] },
    { name = "a split after 已 and its verb that adds up", text = [[
简报（一）
周口：标题
　　28项问题已整改完成22项，6项正在推进中。
]] },
    { name = "a split after a comma may leave parts out", text = [[
简报（一）
周口：标题
　　排查问题120个，已整改110个，5个正在推进。
]] },
    { name = "a list whose sum follows 共", text = [[
简报（一）
周口：标题
　　调研覆盖日间照料中心20个、农村幸福院45个、敬老院18个，共83个点位。
]] },
    { name = "a list joined by 和 is not taken as whole", text = [[
简报（一）
周口：标题
　　调研覆盖日间照料中心20个、农村幸福院45个和敬老院18个，共85个点位，走访社区12个、村30个，共发现问题60个。
]] },
    { name = "a quantity of other things after 其中 is no part", text = [[
简报（一）
周口：标题
　　全市养老机构120家，其中公办70家、民办50家，床位总数1.6万张，入住老人8000人。
]] },
    { name = "counters used for the same things", text = [[
简报（一）
周口：标题
　　共查找问题45个，其中已整改38项、正在推进7项；参会代表30人，其中基层代表18名。
]] },
  },
  invalid = {
    { name = "national amounts in 万亿元 that do not add up", text = "简报（一）\n周口：标题\n　　全年一般公共预算支出28.5万亿元，其中中央本级4.2万亿元、地方25.3万亿元。\n",
      findings = { { line = 3, column = 13, end_line = 3, end_column = 20,
        message = "其中各项之和4.2万亿元＋25.3万亿元＝29.5万亿元，超过总数28.5万亿元", suggestion = "核对总数和各分项" } } },
    { name = "a breakdown by one dimension that does not add up to the total before it", text = "简报（一）\n周口：标题\n　　代表共提出建议386件。从内容看，经济发展方面92件，城乡建设方面108件，社会事业方面124件，民主法治方面65件。\n",
      findings = { { line = 3, column = 10, end_line = 3, end_column = 14,
        message = "各项之和92件＋108件＋124件＋65件＝389件，超过总数386件", suggestion = "核对总数和各分项" } } },
    { name = "a split that does not add up", text = [[
简报（一）
周口：标题
　　交办的5个问题3项已整改到位；3项正在推进。
]], findings = {
      { line = 3, column = 6, end_line = 3, end_column = 8, message = "分项之和3项＋3项＝6项，与总数5个不符",
        suggestion = "核对总数和各分项" },
    } },
    { name = "parts of 其中 above their total", text = [[
简报（一）
周口：标题
　　共发现问题80个，其中设施方面50个、服务方面40个。
]], findings = {
      { line = 3, column = 8, end_line = 3, end_column = 11, message = "其中各项之和50个＋40个＝90个，超过总数80个",
        suggestion = "核对总数和各分项" },
    } },
    { name = "a list whose sum after 共 does not add up", text = [[
简报（一）
周口：标题
　　调研覆盖日间照料中心20个、农村幸福院45个、敬老院18个,共85个点位。
]], findings = {
      { line = 3, column = 34, end_line = 3, end_column = 37, message = "分项之和20个＋45个＋18个＝83个，与总数85个不符",
        suggestion = "核对总数和各分项" },
    } },
    { name = "a split after 已 and its verb that does not add up", text = [[
简报（一）
周口：标题
　　28项问题已整改完成22项，5项正在推进中。
]], findings = {
      { line = 3, column = 3, end_line = 3, end_column = 6, message = "分项之和22项＋5项＝27项，与总数28项不符",
        suggestion = "核对总数和各分项" },
    } },
    { name = "people counted with 名 against a total in 人", text = [[
简报（一）
周口：标题
　　参会代表30人，其中基层代表18名、专家15名。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 10, message = "其中各项之和18名＋15名＝33名，超过总数30人",
        suggestion = "核对总数和各分项" },
    } },
    { name = "a breakdown closed by 其他 that falls short of its total", text = [[
简报（一）
周口：标题
　　全区共查办各类案件1247件。从案件类型看，食品安全案件386件，药品案件142件，其他案件163件。
]], findings = {
      { line = 3, column = 12, end_line = 3, end_column = 17,
        message = "分项之和386件＋142件＋163件＝691件，与总数1247件不符", suggestion = "核对总数和各分项" },
    } },
    { name = "rows of one shape and their 合计: each column adds up", text = [[
简报（一）
周口：标题
　　1.政策审计：发现问题97个，已整改91个。
　　2.财政审计：发现问题138个，已整改129个。
　　3.专项审计：发现问题75个，已整改65个。
　　合计：发现问题310个，已整改276个。
]], findings = {
      { line = 6, column = 18, end_line = 6, end_column = 22,
        message = "上面各项之和91个＋129个＋65个＝285个，与合计276个不符", suggestion = "核对合计数和各项" },
    } },
    { name = "the two halves of a whole that do not add up to it", text = [[
简报（一）
周口：标题
　　共查出问题金额12.68亿元，其中违规金额3.27亿元、管理不规范金额9.14亿元。全省共有低保对象86.3万人，其中城市低保对象15.2万人，农村低保对象71.7万人。
]], findings = {
      { line = 3, column = 10, end_line = 3, end_column = 17,
        message = "分项之和3.27亿元＋9.14亿元＝12.41亿元，与总数12.68亿元不符", suggestion = "核对总数和各分项" },
      { line = 3, column = 53, end_line = 3, end_column = 59,
        message = "分项之和15.2万人＋71.7万人＝86.9万人，与总数86.3万人不符", suggestion = "核对总数和各分项" },
    } },
    { name = "some and the rest that do not make all", text = [[
简报（一）
周口：标题
　　检查组赴6个设区市开展实地检查，同时委托其余11个设区市人大常委会开展检查，实现16个设区市全覆盖。
]], findings = {
      { line = 3, column = 43, end_line = 3, end_column = 46,
        message = "6个设区市与其余11个设区市共17个设区市，与所写的16个设区市不符", suggestion = "核对三个数字" },
    } },
    { name = "contributions to growth that do not make it up", text = [[
简报（一）
周口：标题
　　全市地区生产总值2346.8亿元，同比增长5.6%，比一季度加快0.4个百分点（一季度增长5.2%）。
　　第一、二、三产业分别拉动经济增长0.1、2.9、2.8个百分点。
]], findings = {
      { line = 4, column = 27, end_line = 4, end_column = 34, severity = "warning",
        message = "各部分拉动的0.1＋2.9＋2.8＝5.8个百分点，与经济增长5.6%不符", suggestion = "核对各部分的拉动和增长速度" },
    } },
  },
}
