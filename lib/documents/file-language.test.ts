import { describe, expect, it } from "vitest";
import { recogniseLanguage } from "./file-language";

describe("recogniseLanguage", () => {
  it.each([
    ["report_EN.pdf", "en"],
    ["report-fr.docx", "fr"],
    ["report.es.pdf", "es"],
    ["HLD report_AR.pdf", "ar"],
    ["HLD report_ZH.pdf", "zh"],
    ["HLD report_CH.pdf", "zh"],
    ["HLD report_CN.pdf", "zh"],
    ["report-ru.pptx", "ru"],
    ["report_ENG.pdf", "en"],
    ["rapport_fra.odt", "fr"],
    ["report_fr-FR.pdf", "fr"],
    ["report_zh-Hans.pdf", "zh"],
    ["report_fr-CH.pdf", "fr"],
    ["report_zh-CN.docx", "zh"],
    ["report_en-GB.pdf", "en"],
    ["report_ZH_CN.pdf", "zh"],
    ["report_EN (1).pdf", "en"],
    ["report_EN_v2.pdf", "en"],
    ["report_ES_final.docx", "es"],
    ["EN.pdf", "en"],
    ["report.fr", "fr"],
    ["C:\\Users\\me\\Desktop\\report_RU.pdf", "ru"],
    ["/home/me/report_ar.pdf", "ar"],
    ["A_67_254_F.pdf", "fr"],
    ["A-RES-61-208-E.pdf", "en"],
    ["A_67_254_S.docx", "es"],
    ["A_67_254_C.pdf", "zh"],
    ["A_67_254_R.pdf", "ru"],
    ["A_67_254_A.pdf", "ar"],
    ["HLD report (Arabic).pdf", "ar"],
    ["HLD report - French.docx", "fr"],
    ["Rapport HLD français.pdf", "fr"],
    ["Rapport HLD Francais.pdf", "fr"],
    ["Informe Español.pdf", "es"],
    ["Доклад русский.pdf", "ru"],
    ["Доклад (Русский).pdf", "ru"],
    ["报告（中文）.pdf", "zh"],
    ["报告_中文.pdf", "zh"],
    ["تقرير - العربية.pdf", "ar"],
    ["Informe en español.pdf", "es"],
    ["French_report_EN.pdf", "en"],
  ] as const)("%s → %s", (name, language) => {
    expect(recogniseLanguage(name)).toBe(language);
  });

  it.each([
    ["entrance.pdf"],
    ["report.pdf"],
    ["Annex A.pdf"],
    ["Plan C.docx"],
    ["ANNEX_2_A.pdf"],
    ["AR_2013_annual.pdf"],
    ["ES summary.docx"],
    ["Migration en Afrique.pdf"],
    ["English-French glossary.pdf"],
    ["frenchman.pdf"],
    ["report_EN.pdf/"],
    [""],
    ["报告中文版本.pdf"],
    ["report_de.pdf"],
    ["report_EN_FR.pdf"],
    ["report_constructor.pdf"],
    ["__proto__.pdf"],
    ["A_67_254_toString.pdf"],
    ["report_en-fr.pdf"],
  ] as const)("%s → null", (name) => {
    expect(recogniseLanguage(name)).toBeNull();
  });
});
