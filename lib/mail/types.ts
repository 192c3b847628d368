// The registrant emails of issue 5 and the facts each one needs (contract A). Client-safe: the
// staff Mail log names the templates too.
export const EMAIL_TEMPLATES = [
  "registration.confirm-email",
  "registration.received",
  "registration.link",
  "registration.already-registered",
  "registration.organisation-taken",
  "registration.approved",
  "registration.waitlisted",
  "registration.declined",
  "registration.withdrawn",
] as const;

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

export interface EmailParams {
  "registration.confirm-email": { organisationName: string; eventTitle: string; confirmUrl: string; /** ISO instant */ expiresAt: string };
  "registration.received": { organisationName: string; eventTitle: string; statusUrl: string; nonObjectionRequired: boolean };
  "registration.link": { organisationName: string; eventTitle: string; statusUrl: string };
  "registration.already-registered": { eventTitle: string; linkRequestUrl: string };
  "registration.organisation-taken": { organisationName: string; eventTitle: string };
  "registration.approved": { organisationName: string; eventTitle: string; statusUrl: string; representatives: string[] };
  "registration.waitlisted": { organisationName: string; eventTitle: string; statusUrl: string };
  "registration.declined": {
    organisationName: string;
    eventTitle: string;
    /** The period's decline message in the registrant's language. */
    message: string;
    reason?: string;
    statusUrl: string;
  };
  "registration.withdrawn": { organisationName: string; eventTitle: string };
}

/** Staff names of the templates (Mail log). */
export const EMAIL_TEMPLATE_LABELS: Record<EmailTemplate, string> = {
  "registration.confirm-email": "Confirm email",
  "registration.received": "Registration received",
  "registration.link": "Link sent again",
  "registration.already-registered": "Already registered",
  "registration.organisation-taken": "Organisation taken",
  "registration.approved": "Approved",
  "registration.waitlisted": "Waitlisted",
  "registration.declined": "Declined",
  "registration.withdrawn": "Withdrawn",
};

/**
 * What one email says, as plain text pieces: the renderer escapes every piece for HTML, so copy
 * never contains markup and an interpolated value can never become markup.
 */
export interface EmailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A bulleted list after the paragraphs (e.g. the approved representatives). */
  list?: string[];
  /** Text quoted as it was written by staff (the decline message, the reason). */
  quotes?: string[];
  action?: { label: string; url: string };
  /** Paragraphs after the button. */
  after?: string[];
}

/** The fixed words of the layout in one language. */
export interface LayoutCopy {
  /** Introduces the link written out in full, for when the button does not work. */
  copyLink: string;
  footer: string;
}

export interface CopyHelpers {
  /** A date and time in the copy's language, in UTC (the registrant's zone is unknown). */
  dateTime(iso: string): string;
}

export type TemplateCopy = {
  [T in EmailTemplate]: (params: EmailParams[T], helpers: CopyHelpers) => EmailContent;
};

export interface LanguageCopy {
  /** BCP 47 locale for Intl. */
  locale: string;
  layout: LayoutCopy;
  templates: TemplateCopy;
}
