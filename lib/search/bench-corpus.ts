// Generated documents for the search benchmark (scripts/bench-search.ts), written only into its
// throwaway database, never into the seed: titles, UN-style symbols and a few KB of extracted
// text per file in the six languages, with word frequencies skewed like real prose (a few words
// everywhere, most words rare), from a seeded generator so every run indexes the same corpus.
import type { UnLanguage } from "@/lib/i18n/languages";

/** Domain vocabulary per language, most frequent first (drawn with a Zipf-like skew). */
const WORDS: Record<Exclude<UnLanguage, "zh">, string[]> = {
  en: "migration development international migrants countries policy cooperation rights labour remittances dialogue report secretary-general assembly states workers families protection integration return diaspora governance partnership mobility human trafficking smuggling refugees skills recruitment circular temporary permanent regional global agenda sustainable data statistics gender women children health education employment poverty climate displacement border management consular services youth social inclusion xenophobia discrimination".split(" "),
  fr: "migration développement internationales migrants pays politique coopération droits travail envois fonds dialogue rapport secrétaire général assemblée états travailleurs familles protection intégration retour diaspora gouvernance partenariat mobilité humaine traite trafic réfugiés compétences recrutement circulaire temporaire permanente régionale mondiale programme durable données statistiques femmes enfants santé éducation emploi pauvreté climat déplacement frontières gestion services jeunes inclusion sociale xénophobie discrimination".split(" "),
  es: "migración desarrollo internacional migrantes países política cooperación derechos trabajo remesas diálogo informe secretario general asamblea estados trabajadores familias protección integración retorno diáspora gobernanza asociación movilidad humana trata tráfico refugiados competencias contratación circular temporal permanente regional mundial agenda sostenible datos estadísticas mujeres niños salud educación empleo pobreza clima desplazamiento fronteras gestión servicios jóvenes inclusión social xenofobia discriminación".split(" "),
  ru: "миграция развитие международной мигрантов стран политика сотрудничество права труда денежные переводы диалог доклад генерального секретаря ассамблеи государства трудящихся семей защиты интеграции возвращение диаспоры управления партнерства мобильности торговли людьми незаконного ввоза беженцев навыков найма циркулярной временной постоянной региональной глобальной повестки устойчивого данных статистики женщин детей здравоохранения образования занятости нищеты климата перемещения границ услуг молодежи социальной интеграции ксенофобии дискриминации".split(" "),
  ar: "الهجرة التنمية الدولية المهاجرين البلدان السياسات التعاون حقوق العمل التحويلات الحوار تقرير الأمين العام الجمعية الدول العمال الأسر حماية إدماج العودة المغتربين الحوكمة الشراكة التنقل الاتجار بالبشر تهريب اللاجئين المهارات التوظيف الدائرية المؤقتة الدائمة الإقليمية العالمية خطة المستدامة البيانات الإحصاءات المرأة الأطفال الصحة التعليم العمالة الفقر المناخ التشرد الحدود إدارة الخدمات الشباب الاجتماعي الإدماج كراهية الأجانب التمييز".split(" "),
};
const ZH_WORDS = "移民 发展 国际 国家 政策 合作 权利 劳工 汇款 对话 报告 秘书长 大会 会员国 工人 家庭 保护 融合 回返 侨民 治理 伙伴关系 流动 人口贩运 偷运 难民 技能 招聘 循环 临时 永久 区域 全球 议程 可持续 数据 统计 妇女 儿童 卫生 教育 就业 贫困 气候 流离失所 边境 管理 领事 服务 青年 社会 包容 仇外心理 歧视".split(" ");

/** Words that occur in a few documents only: the "rare word" queries. */
export const RARE_WORDS: Record<UnLanguage, string> = {
  en: "ombudsperson",
  fr: "médiateur",
  es: "defensoría",
  ru: "омбудсмен",
  ar: "أمين المظالم",
  zh: "监察员",
};

const TITLES: Record<UnLanguage, (topic: string, n: number) => string> = {
  en: (topic, n) => `Report of the Secretary-General on ${topic} (${n})`,
  fr: (topic, n) => `Rapport du Secrétaire général sur ${topic} (${n})`,
  es: (topic, n) => `Informe del Secretario General sobre ${topic} (${n})`,
  ru: (topic, n) => `Доклад Генерального секретаря: ${topic} (${n})`,
  ar: (topic, n) => `تقرير الأمين العام عن ${topic} (${n})`,
  zh: (topic, n) => `秘书长关于${topic}的报告（${n}）`,
};

export const BENCH_LANGUAGES: UnLanguage[] = ["en", "fr", "es", "ru", "ar", "zh"];

/** A small seeded generator (mulberry32): the same corpus on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(language: UnLanguage): string[] {
  return language === "zh" ? ZH_WORDS : WORDS[language];
}

/** Zipf-like pick: index ~ n^(random^2)… skews towards the first (common) words. */
function pick(words: string[], random: () => number): string {
  return words[Math.min(words.length - 1, Math.floor(words.length * random() ** 2.2))] ?? "";
}

/** About `chars` characters of prose in `language`, sometimes holding the rare word. */
export function generateText(language: UnLanguage, chars: number, random: () => number): string {
  const words = vocabulary(language);
  const sentences: string[] = [];
  let length = 0;
  while (length < chars) {
    const count = 8 + Math.floor(random() * 14);
    const picked = Array.from({ length: count }, () => pick(words, random));
    if (random() < 0.0002) picked.splice(Math.floor(random() * count), 0, RARE_WORDS[language]);
    const sentence = language === "zh" ? `${picked.join("")}。` : `${picked.join(" ")}.`;
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    length += sentence.length + 1;
  }
  return sentences.join(language === "zh" ? "" : " ");
}

export function generateTitle(language: UnLanguage, n: number, random: () => number): string {
  const words = vocabulary(language);
  const topic = language === "zh" ? `${pick(words, random)}${pick(words, random)}` : `${pick(words, random)} ${pick(words, random)}`;
  return TITLES[language](topic, n);
}

/** A UN-style symbol, unique per n: A/{session}/{number}, or E/CN.9/{year}/{number}. */
export function generateSymbol(n: number): string {
  return n % 3 === 0 ? `E/CN.9/${2000 + (n % 25)}/${n}` : `A/${55 + (n % 25)}/${1000 + n}`;
}
