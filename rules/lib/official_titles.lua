-- The titles that stand before a name in a speaker's or a signer's line (广东省省长　孟凡利,
-- 自治区人民政府主席　张雨浦): a space between the title and the name there is the line's layout.
return {
  "省长", "副省长", "主席", "副主席", "市长", "副市长", "县长", "副县长", "区长", "副区长", "州长", "旗长",
  "主任", "副主任", "书记", "副书记", "厅长", "局长", "部长", "委员长", "总理", "检察长", "院长", "秘书长",
}
