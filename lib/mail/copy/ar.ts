// Arabic copy of the registrant emails (rendered right to left: templates.ts sets dir="rtl"). Dates
// use Latin digits, as UN Arabic documents and the public site do (components/meetings/format.ts).
import type { LanguageCopy } from "../types";

export const ar: LanguageCopy = {
  locale: "ar-u-nu-latn",
  layout: {
    copyLink: "إذا لم يعمل الزر، فانسخ هذا العنوان في متصفحك:",
    footer: "هذه رسالة آلية من بوابة الحوار الرفيع المستوى. يُرجى عدم الرد عليها.",
  },
  templates: {
    "registration.confirm-email": (p, { dateTime }) => ({
      subject: `أكّد تسجيلك في ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [
        `تلقّينا تسجيل ${p.organisationName} في ${p.eventTitle}.`,
        "يُرجى تأكيد عنوان بريدك الإلكتروني لتقديم التسجيل. ولن يُنظر فيه ولن يحجز أي مكان قبل ذلك.",
      ],
      action: { label: "تأكيد تسجيلي", url: p.confirmUrl },
      after: [`لا يُستخدم هذا الرابط إلا مرة واحدة، وتنتهي صلاحيته في ${dateTime(p.expiresAt)}. وإذا لم تكن قد سجّلت، فتجاهل هذه الرسالة؛ لن يحدث أي شيء.`],
    }),
    "registration.received": (p) => ({
      subject: `تم استلام التسجيل: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [
        `شكرًا لك. تأكّد تسجيل ${p.organisationName} في ${p.eventTitle}، وسيُنظر فيه الآن.`,
        p.nonObjectionRequired
          ? "بما أن منظمتك ليس لها مركز استشاري لدى المجلس الاقتصادي والاجتماعي، فسيُعرض التسجيل أولًا على الدول الأعضاء بموجب إجراء عدم الاعتراض. وسنراسلك حالما يُتخذ قرار."
          : "سنراسلك حالما يُتخذ قرار.",
      ],
      action: { label: "عرض تسجيلي", url: p.statusUrl },
      after: ["يمكنك في تلك الصفحة تعديل التسجيل ما دام قيد النظر، أو سحبه في أي وقت. والرابط شخصي: احتفظ بهذه الرسالة ولا تُعِد توجيهها."],
    }),
    "registration.link": (p) => ({
      subject: `رابط تسجيلك: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [`بناءً على طلبك، إليك رابط تسجيل ${p.organisationName} في ${p.eventTitle}.`],
      action: { label: "عرض تسجيلي", url: p.statusUrl },
      after: ["لم تعد الروابط المرسلة سابقًا تعمل. وإذا لم تطلب أي شيء، يمكنك تجاهل هذه الرسالة."],
    }),
    "registration.already-registered": (p) => ({
      subject: `بشأن تسجيلك: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [
        `حاول أحدهم للتو التسجيل في ${p.eventTitle} بعنوان البريد الإلكتروني هذا، وهو مستخدم بالفعل في تسجيل.`,
        "إذا كنت أنت، فلا حاجة إلى التسجيل مرة أخرى. ولعرض تسجيلك أو تغييره، اطلب رابطك الشخصي:",
      ],
      action: { label: "إرسال رابطي", url: p.linkRequestUrl },
      after: ["إذا لم تكن أنت، يمكنك تجاهل هذه الرسالة."],
    }),
    "registration.organisation-taken": (p) => ({
      subject: `بشأن تسجيلك: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [
        `تلقّينا من هذا العنوان تسجيل ${p.organisationName} في ${p.eventTitle}، غير أن هذه المنظمة مسجّلة بالفعل.`,
        "لا تُسجَّل كل منظمة إلا مرة واحدة. يُرجى الاتصال بالشخص الذي سجّلها: يمكنه إضافتك ممثلًا.",
        "إذا لم تكن قد أرسلت هذا التسجيل، يمكنك تجاهل هذه الرسالة.",
      ],
    }),
    "registration.approved": (p) => ({
      subject: `تمت الموافقة على التسجيل: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [`يسرّنا أن نؤكد الموافقة على تسجيل ${p.organisationName} في ${p.eventTitle}.`, ...(p.representatives.length > 0 ? ["الممثلون:"] : [])],
      list: p.representatives,
      action: { label: "عرض تسجيلي", url: p.statusUrl },
      after: ["إذا تغيّرت خططكم، يُرجى سحب التسجيل لكي تتمكن منظمة أخرى من شغل المكان."],
    }),
    "registration.waitlisted": (p) => ({
      subject: `قائمة الانتظار: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [
        `جميع الأماكن في ${p.eventTitle} مشغولة حاليًا، ولذلك وُضع تسجيل ${p.organisationName} في قائمة الانتظار.`,
        "إذا شغر مكان، يُنظر في قائمة الانتظار بالترتيب وسنراسلك.",
      ],
      action: { label: "عرض تسجيلي", url: p.statusUrl },
    }),
    "registration.declined": (p) => ({
      subject: `تسجيلك: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [`يؤسفنا إبلاغك بأنه تعذّر قبول تسجيل ${p.organisationName} في ${p.eventTitle}.`],
      quotes: [p.message, ...(p.reason ? [`السبب: ${p.reason}`] : [])].filter((text) => text.trim() !== ""),
      action: { label: "عرض تسجيلي", url: p.statusUrl },
    }),
    "registration.withdrawn": (p) => ({
      subject: `سُحب التسجيل: ${p.eventTitle}`,
      greeting: "مرحبًا،",
      paragraphs: [
        `بناءً على طلبك، سُحب تسجيل ${p.organisationName} في ${p.eventTitle} وأصبح مكانه شاغرًا.`,
        "إذا كان ذلك عن طريق الخطأ، يمكنك التسجيل من جديد ما دام التسجيل مفتوحًا.",
      ],
    }),
  },
};
