"""Patient-education Markdown per analyte group, generated from the lab knowledge (one file per group and language).

The files under `knowledge/education/labs/` are this function's output (a test keeps them
in step), so a knowledge store can index them without a second copy of the facts.
"""

from __future__ import annotations

from carebridge.tools.labs.knowledge import Analyte, LabKnowledge

GROUP_TITLES = {
    "cbc": ("Blood count", "血常规"), "liver": ("Liver tests", "肝功能"), "electrolytes": ("Electrolytes and minerals", "电解质与矿物质"),
    "kidney": ("Kidney tests", "肾功能"), "cardiac": ("Heart and muscle markers", "心肌与肌肉标志物"),
    "digestive": ("Pancreas", "胰腺"), "glucose": ("Blood sugar", "血糖"), "lipids": ("Blood fats (lipids)", "血脂"),
    "thyroid": ("Thyroid tests", "甲状腺功能"), "pituitary": ("Pituitary hormones", "垂体激素"), "coagulation": ("Blood clotting", "凝血功能"),
    "blood_gas": ("Blood gases", "血气分析"), "inflammation": ("Inflammation markers", "炎症指标"),
    "urine": ("Urine tests", "尿常规"), "drugs": ("Medicine levels", "血药浓度"),
    "nutrition": ("Vitamins and homocysteine", "维生素与同型半胱氨酸"),
    "tumour_markers": ("Tumour markers", "肿瘤标志物"),
}


def section_heading(a: Analyte, lang: str) -> str:
    """The `## ` heading of one analyte: its name and up to three Latin abbreviations."""
    name = a.en if lang == "en" else a.zh
    abbr = ", ".join(x for x in a.aliases[:3] if x.isascii())
    return name + (f" ({abbr})" if abbr else "")


def education_markdown(kb: LabKnowledge) -> dict[str, str]:
    """File name -> Markdown (YAML front matter: title, lang, source, then text)."""
    files: dict[str, str] = {}
    groups = sorted({a.group for a in kb.analytes}, key=list(GROUP_TITLES).index)
    for group in groups:
        analytes = [a for a in kb.analytes if a.group == group]
        for lang in ("en", "zh"):
            title = GROUP_TITLES[group][0 if lang == "en" else 1]
            # One source id per file (the knowledge-store format): MedlinePlus for English, 诊断学 for Chinese;
            # both are cited by every explanation in knowledge/labs/analytes.yaml.
            source = "medlineplus-labs" if lang == "en" else "textbook-diagnostics-lab"
            lines = ["---", f"title: {title}", f"lang: {lang}", f"source: {source}", "---", ""]
            intro = ("What these tests measure and what a value outside the range commonly relates to. "
                     "This is general information, not a diagnosis: ask your doctor what your results mean for you."
                     if lang == "en" else "以下说明这些检查反映什么，以及结果超出范围时常见的相关情况。"
                     "这是一般性知识，不是诊断；您的结果意味着什么，请咨询医生。")
            lines += [f"# {title}", "", intro, ""]
            for a in analytes:
                lines.append(f"## {section_heading(a, lang)}")
                lines.append("")
                if lang == "en":
                    lines.append(f"Measures {a.about.en}.")
                    lines.append(f"High values commonly relate to {a.high.en}.")
                    if a.qualitative is None:
                        lines.append(f"Low values commonly relate to {a.low.en}.")
                else:
                    lines.append(f"反映{a.about.zh}。")
                    lines.append(f"偏高常见于{a.high.zh}。")
                    if a.qualitative is None:
                        lines.append(f"偏低常见于{a.low.zh}。")
                lines.append("")
            files[f"{group}.{lang}.md"] = "\n".join(lines).rstrip() + "\n"
    return files


def main(folder: str = "knowledge/education/labs") -> None:
    """Regenerate the files: `python -m carebridge.tools.labs.education [FOLDER]` from the repo root."""
    import sys
    from pathlib import Path

    from carebridge.tools.labs.knowledge import load_lab_knowledge

    target = Path(sys.argv[1] if len(sys.argv) > 1 else folder)
    target.mkdir(parents=True, exist_ok=True)
    for name, text in education_markdown(load_lab_knowledge()).items():
        (target / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
