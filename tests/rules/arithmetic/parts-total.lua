return {
  rule = "arithmetic.parts-total",
  valid = {
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
  },
  invalid = {
    { name = "a split that does not add up", text = [[
简报（一）
周口：标题
　　交办的5个问题3项已整改到位；3项正在推进。
]], findings = {
      { line = 3, column = 6, end_line = 3, end_column = 8, message = "分项之和3项＋3项＝6，与总数5个不符",
        suggestion = "核对总数和各分项" },
    } },
    { name = "parts of 其中 above their total", text = [[
简报（一）
周口：标题
　　共发现问题80个，其中设施方面50个、服务方面40个。
]], findings = {
      { line = 3, column = 8, end_line = 3, end_column = 11, message = "其中各项之和50个＋40个＝90，超过总数80个",
        suggestion = "核对总数和各分项" },
    } },
  },
}
