// Chinese copy of the registrant emails.
import type { LanguageCopy } from "../types";

export const zh: LanguageCopy = {
  locale: "zh-CN",
  layout: {
    copyLink: "如果按钮无效，请将此地址复制到浏览器中：",
    footer: "这是高级别对话门户网站自动发送的邮件，请勿回复。",
  },
  templates: {
    "registration.confirm-email": (p, { dateTime }) => ({
      subject: `请确认您对${p.eventTitle}的注册`,
      greeting: "您好：",
      paragraphs: [`我们已收到${p.organisationName}对${p.eventTitle}的注册。`, "请确认您的电子邮件地址以提交注册。在此之前，注册不会得到审核，也不占用任何名额。"],
      action: { label: "确认我的注册", url: p.confirmUrl },
      after: [`此链接仅可使用一次，将于${dateTime(p.expiresAt)}失效。如果您没有注册，请忽略此邮件，不会有任何后果。`],
    }),
    "registration.received": (p) => ({
      subject: `已收到注册：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [
        `谢谢。${p.organisationName}对${p.eventTitle}的注册已确认，现将进入审核。`,
        p.nonObjectionRequired
          ? "由于贵组织没有经社理事会咨商地位，注册将先按无异议程序提交会员国。一旦作出决定，我们将发邮件通知您。"
          : "一旦作出决定，我们将发邮件通知您。",
      ],
      action: { label: "查看我的注册", url: p.statusUrl },
      after: ["在该页面上，您可以在审核期间修改注册，或随时撤回注册。此链接仅供您个人使用：请保存本邮件，不要转发。"],
    }),
    "registration.link": (p) => ({
      subject: `您的注册链接：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [`应您的要求，现发送${p.organisationName}对${p.eventTitle}的注册链接。`],
      action: { label: "查看我的注册", url: p.statusUrl },
      after: ["此前发送的链接已失效。如果您没有提出请求，可以忽略此邮件。"],
    }),
    "registration.already-registered": (p) => ({
      subject: `关于您的注册：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [`有人刚刚试图用此电子邮件地址注册${p.eventTitle}，而该地址已用于一项注册。`, "如果是您本人，无需再次注册。如需查看或更改注册，请索取您的个人链接："],
      action: { label: "发送我的链接", url: p.linkRequestUrl },
      after: ["如果不是您本人，可以忽略此邮件。"],
    }),
    "registration.organisation-taken": (p) => ({
      subject: `关于您的注册：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [
        `我们收到了从此地址发出的${p.organisationName}对${p.eventTitle}的注册，但该组织已经注册。`,
        "每个组织只能注册一次。请联系为其注册的人员：他们可以将您添加为代表。",
        "如果您没有发送此注册，可以忽略此邮件。",
      ],
    }),
    "registration.approved": (p) => ({
      subject: `注册已获批准：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [`我们很高兴地确认，${p.organisationName}对${p.eventTitle}的注册已获批准。`, ...(p.representatives.length > 0 ? ["代表："] : [])],
      list: p.representatives,
      action: { label: "查看我的注册", url: p.statusUrl },
      after: ["如果您的计划有变，请撤回注册，以便其他组织使用该名额。"],
    }),
    "registration.waitlisted": (p) => ({
      subject: `候补名单：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [`${p.eventTitle}的名额目前已满，因此${p.organisationName}的注册已列入候补名单。`, "如有名额空出，将按顺序审核候补名单，我们会发邮件通知您。"],
      action: { label: "查看我的注册", url: p.statusUrl },
    }),
    "registration.declined": (p) => ({
      subject: `您的注册：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [`很遗憾地通知您，${p.organisationName}对${p.eventTitle}的注册未能获得接受。`],
      quotes: [p.message, ...(p.reason ? [`原因：${p.reason}`] : [])].filter((text) => text.trim() !== ""),
      action: { label: "查看我的注册", url: p.statusUrl },
    }),
    "registration.withdrawn": (p) => ({
      subject: `注册已撤回：${p.eventTitle}`,
      greeting: "您好：",
      paragraphs: [`应您的要求，${p.organisationName}对${p.eventTitle}的注册已撤回，其名额已释放。`, "如果这是误操作，您可以在注册开放期间重新注册。"],
    }),
  },
};
