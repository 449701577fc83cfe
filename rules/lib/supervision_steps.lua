-- The supervision steps of the provincial plan for the linked supervision of elderly care, and the
-- words that count as mentioning each. Other series have other steps: override the rule option
-- `steps` of required-step.supervision-steps in the project configuration.
return {
  { name = "宣传发动", words = { "宣传发动", "宣传动员", "动员部署", "动员会", "宣传报道", "宣传活动", "监督公告", "宣传" } },
  { name = "自查自纠", words = { "自查自纠", "自查" } },
  { name = "专题调研", words = { "专题调研", "调研" } },
  { name = "执法检查", words = { "执法检查" } },
  { name = "听取审议", words = { "听取审议", "听取和审议", "审议了", "审议意见", "专项工作报告" } },
  { name = "专题询问", words = { "专题询问" } },
  { name = "满意度测评", words = { "满意度测评", "测评" } },
  { name = "跟踪整改", words = { "跟踪整改", "跟踪问效", "跟踪监督", "整改" } },
}
