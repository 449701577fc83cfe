-- The patterns of wording.number-forms (GB/T 15835-2011), kept as data.
local digits = "[0-9０-９]+(?:[.．][0-9０-９]+)?"
local dashes = "(?:—|－|-|～|~|〜|至|到)"
return {
  -- what every form below has: an Arabic digit, half- or full-width
  any_digit = "[0-9０-９]",
  -- 85—90%, 3～5万元: the first number without the unit the second carries (not 2—3万元人次 etc.)
  range_pattern = "(?<![0-9０-９.．%％万亿])(" .. digits .. ")(" .. dashes .. ")(" .. digits .. ")([%％]|万|亿)",
  -- 4千余份, 3千多人: Arabic digits with 千 (not 千米, 千克, 千瓦, 千伏, 千帕, 千卡, 千赫, 千字, and not
  -- 千公顷, 千人, 千户, the units of statistical tables: 48.4千公顷)
  qian_pattern = "(?<![0-9０-９.．])(" .. "[0-9０-９]+(?:[.．][0-9０-９]+)?" .. ")千(?![米克瓦伏帕卡赫字兆焦]|公顷|公里|立方米|平方米)",
  -- 14届全国人大, 第3届政协委员会: session numbers of meetings of state organs and parties in Arabic
  -- digits (the numbering of events such as 第33届奥运会 is left alone)
  -- 人大常委会第21次会议, 人民代表大会第3次会议: the sittings of a people's congress and its standing
  -- committee are numbered in Chinese numerals; the sittings of other bodies are often written in
  -- Arabic digits (国务院第104次常务会议, 市委常委会第58次会议) and are left alone
  sitting_pattern = "(?:人大常委会|人民代表大会常务委员会|人民代表大会)第([0-9０-９]+)次(?:全体)?会议",
  -- a word each of the last three patterns needs: a text without it is not searched
  qian_needs = "千", sitting_needs = "会议", session_needs = "届",
  session_pattern = "(?<![0-9０-９.．])([0-9０-９]+)届(?=[^，。；,;]{0,12}(?:人大|人民代表大会|政协|委员会|常委会|党委|代表大会|全会|纪委))",
}
