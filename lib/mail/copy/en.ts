// English copy of the registrant emails (also the fallback for languages without their own copy).
import type { LanguageCopy } from "../types";

export const en: LanguageCopy = {
  locale: "en-GB",
  layout: {
    copyLink: "If the button does not work, copy this address into your browser:",
    footer: "This is an automatic message from the HLD Portal. Please do not reply to it.",
  },
  templates: {
    "registration.confirm-email": (p, { dateTime }) => ({
      subject: `Confirm your registration for ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `We have received a registration of ${p.organisationName} for ${p.eventTitle}.`,
        "Please confirm your email address to submit it. Until you do, it will not be reviewed and holds no place.",
      ],
      action: { label: "Confirm my registration", url: p.confirmUrl },
      after: [`This link can be used once and expires on ${dateTime(p.expiresAt)}. If you did not register, ignore this email and nothing will happen.`],
    }),
    "registration.received": (p) => ({
      subject: `Registration received: ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `Thank you. The registration of ${p.organisationName} for ${p.eventTitle} is confirmed and will now be reviewed.`,
        p.nonObjectionRequired
          ? "As your organisation does not have ECOSOC consultative status, it will first be submitted to Member States under the non-objection procedure. We will write to you once a decision has been made."
          : "We will write to you once a decision has been made.",
      ],
      action: { label: "View my registration", url: p.statusUrl },
      after: ["On that page you can update the registration while it is under review, or withdraw it at any time. The link is personal: please keep this email and do not share it."],
    }),
    "registration.link": (p) => ({
      subject: `Your registration link: ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [`As requested, here is the link to the registration of ${p.organisationName} for ${p.eventTitle}.`],
      action: { label: "View my registration", url: p.statusUrl },
      after: ["Links sent before this one no longer work. If you did not ask for this email, you can ignore it."],
    }),
    "registration.already-registered": (p) => ({
      subject: `About your registration for ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `Someone has just tried to register for ${p.eventTitle} with this email address, which is already used by a registration.`,
        "If it was you, there is no need to register again. To see or change your registration, ask for your personal link:",
      ],
      action: { label: "Send me my link", url: p.linkRequestUrl },
      after: ["If it was not you, you can ignore this email."],
    }),
    "registration.organisation-taken": (p) => ({
      subject: `About your registration for ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `We received a registration of ${p.organisationName} for ${p.eventTitle} from this email address, but this organisation is already registered.`,
        "Each organisation registers only once. Please get in touch with the colleague who registered it: they can add you as a representative.",
        "If you did not send this registration, you can ignore this email.",
      ],
    }),
    "registration.approved": (p) => ({
      subject: `Registration approved: ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `We are pleased to confirm that the registration of ${p.organisationName} for ${p.eventTitle} has been approved.`,
        ...(p.representatives.length > 0 ? ["Representatives:"] : []),
      ],
      list: p.representatives,
      action: { label: "View my registration", url: p.statusUrl },
      after: ["If your plans change, please withdraw the registration so that another organisation can take the place."],
    }),
    "registration.waitlisted": (p) => ({
      subject: `Waiting list: ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `All places for ${p.eventTitle} are currently taken, so the registration of ${p.organisationName} has been placed on the waiting list.`,
        "If a place becomes free, the waiting list is considered in order and we will write to you.",
      ],
      action: { label: "View my registration", url: p.statusUrl },
    }),
    "registration.declined": (p) => ({
      subject: `Your registration for ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [`We regret that the registration of ${p.organisationName} for ${p.eventTitle} could not be accepted.`],
      quotes: [p.message, ...(p.reason ? [`Reason: ${p.reason}`] : [])].filter((text) => text.trim() !== ""),
      action: { label: "View my registration", url: p.statusUrl },
    }),
    "registration.withdrawn": (p) => ({
      subject: `Registration withdrawn: ${p.eventTitle}`,
      greeting: "Hello,",
      paragraphs: [
        `As requested, the registration of ${p.organisationName} for ${p.eventTitle} has been withdrawn and its place released.`,
        "If this was a mistake, you can register again while registration is open.",
      ],
    }),
  },
};
