/**
 * Chinese goal verbs and number cues (DOMAIN §3: numbers stated in the text count as if they were in
 * their column; several goals in one statement are not Specific). Matched as substrings. A change verb
 * right before a number is a relative change ("增长10%"); followed by 到/至 it names the level ("提升到90%").
 * To extend: add an entry.
 */
export const CHANGE_WORDS_ZH = {
  up: ["提升", "提高", "增加", "增长", "扩大", "上升", "上涨", "加大", "翻番", "翻一番", "增至", "提至", "升至", "拓展"],
  down: ["降低", "减少", "下降", "缩短", "压缩", "削减", "压降", "降至", "减至", "缩减", "控制"],
  hold: ["保持", "维持", "达到", "实现", "完成", "确保", "建设", "打造", "建立", "开展", "招聘", "推出", "加强", "优化", "改善", "推进", "做好"],
  from: ["从", "由", "目前", "目前为", "目前的", "当前", "当前为", "当前的", "现为", "现在", "现在的", "现状", "基线", "基线为"],
  to: ["到", "至", "达", "达到", "为", "不低于", "不高于", "不超过", "不少于", "不多于", "低于", "高于", "少于", "多于", "小于", "大于", "控制在", "保持在", "维持在", "目标", "目标值", "≥", "≤", "＞", "＜", "：", "→"],
  by: [] as string[],
} as const;
