"""Plain-text replies for chat (Chinese or English) from a medication-check result; no model."""

from __future__ import annotations

from typing import Any

_SEV = {"en": {"contraindicated": "CONTRAINDICATED", "major": "MAJOR", "moderate": "moderate", "minor": "minor"},
        "zh": {"contraindicated": "【禁忌】", "major": "【严重】", "moderate": "【中度】", "minor": "【轻度】"}}
MAX_ITEMS = 12  # a chat reply lists the most serious findings; --json / the CLI show all


def render_reply(result: dict[str, Any], lang: str) -> str:
    """Summary, each finding (most serious first) with what to do, what was not checked, the advice."""
    zh = lang == "zh"
    L = "zh" if zh else "en"  # noqa: N806
    names = ("、" if zh else ", ").join(
        (f"{d['zh']}" if zh else d["generic"]) + (f"（{d['input']}）" if zh and d["input"] != d["zh"] else "")
        for d in result["drugs"])
    lines = [("识别到的药物：" if zh else "Medicines recognised: ") + (names or "-")]
    for d in result["drugs"]:
        for i in d["inputs"]:
            if i["match"] == "component":
                lines.append(f"“{i['input']}”含{d['zh']}（{d['generic']}），已按其成分分别检查。" if zh else
                             f"'{i['input']}' contains {d['generic']}: each part was checked.")
            elif i["match"] == "homophone":
                lines.append(i["note"]["zh" if zh else "en"])
            elif i["match"] == "fuzzy":
                lines.append(f"“{i['input']}”按{d['zh']}（{d['generic']}）理解（相似度{i['confidence']:.0%}），请核对药名。" if zh else
                             f"'{i['input']}' was read as {d['generic']} ({i['confidence']:.0%} match): please check the name.")
    findings: list[str] = []
    for x in result["interactions"]:
        pair = " + ".join(x["drugs_zh"] if zh else x["drugs"])
        findings.append(f"{_SEV[L][x['severity']]} {pair}: {x['mechanism'][L]} " + ("建议：" if zh else "What to do: ") + x["management"][L])
    for a in result["alerts"]:
        findings.append(f"{_SEV[L][a['severity']]} {a['text'][L]} " + ("建议：" if zh else "What to do: ") + a["action"][L])
    for i, f in enumerate(findings[:MAX_ITEMS], 1):
        lines.append(f"{i}. {f}")
    if len(findings) > MAX_ITEMS:
        more = len(findings) - MAX_ITEMS
        lines.append(f"……另有{more}项，完整结果请使用 carebridge meds check。" if zh else
                     f"... and {more} more; run carebridge meds check for the full list.")
    for u in result["unknown"]:
        hint = (("，可能是：" if zh else "; did you mean: ") + ", ".join(u["suggestions"])) if u["suggestions"] else ""
        lines.append(f"未能识别“{u['input']}”，未做检查{hint}。" if zh else f"Not recognised, not checked: {u['input']}{hint}.")
    for n in result["not_checked"]:
        if n["check"] in ("renal", "pregnancy", "lactation"):
            lines.append(f"{n['reason'][L]} ({('、' if zh else ', ').join(n['items'])})")
    lines.append(result["summary"][L])
    lines.append("只检查了上面列出的药物；如还在服用其他药物，请告诉我药名。" if zh else
                 "Only the medicines listed above were checked; if you take others, tell me their names.")
    lines.append(result["advice"][L])
    return "\n".join(lines)
