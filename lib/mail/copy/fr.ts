// French copy of the registrant emails.
import type { LanguageCopy } from "../types";

export const fr: LanguageCopy = {
  locale: "fr-FR",
  layout: {
    copyLink: "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :",
    footer: "Ceci est un message automatique du portail HLD. Merci de ne pas y répondre.",
  },
  templates: {
    "registration.confirm-email": (p, { dateTime }) => ({
      subject: `Confirmez votre inscription : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Nous avons reçu l’inscription de ${p.organisationName} pour ${p.eventTitle}.`,
        "Veuillez confirmer votre adresse électronique pour la soumettre. D’ici là, elle ne sera pas examinée et ne réserve aucune place.",
      ],
      action: { label: "Confirmer mon inscription", url: p.confirmUrl },
      after: [`Ce lien ne peut servir qu’une fois et expire le ${dateTime(p.expiresAt)}. Si vous ne vous êtes pas inscrit, ignorez ce message : il ne se passera rien.`],
    }),
    "registration.received": (p) => ({
      subject: `Inscription reçue : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Merci. L’inscription de ${p.organisationName} pour ${p.eventTitle} est confirmée et va maintenant être examinée.`,
        p.nonObjectionRequired
          ? "Votre organisation n’ayant pas le statut consultatif auprès de l’ECOSOC, elle sera d’abord soumise aux États Membres selon la procédure de non-objection. Nous vous écrirons dès qu’une décision aura été prise."
          : "Nous vous écrirons dès qu’une décision aura été prise.",
      ],
      action: { label: "Voir mon inscription", url: p.statusUrl },
      after: ["Sur cette page, vous pouvez modifier l’inscription tant qu’elle est en cours d’examen, ou la retirer à tout moment. Le lien est personnel : conservez ce message et ne le transmettez pas."],
    }),
    "registration.link": (p) => ({
      subject: `Votre lien d’inscription : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [`Comme demandé, voici le lien vers l’inscription de ${p.organisationName} pour ${p.eventTitle}.`],
      action: { label: "Voir mon inscription", url: p.statusUrl },
      after: ["Les liens envoyés précédemment ne fonctionnent plus. Si vous n’avez rien demandé, vous pouvez ignorer ce message."],
    }),
    "registration.already-registered": (p) => ({
      subject: `À propos de votre inscription : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Quelqu’un vient d’essayer de s’inscrire à ${p.eventTitle} avec cette adresse électronique, déjà utilisée pour une inscription.`,
        "Si c’était vous, inutile de vous inscrire à nouveau. Pour consulter ou modifier votre inscription, demandez votre lien personnel :",
      ],
      action: { label: "Recevoir mon lien", url: p.linkRequestUrl },
      after: ["Si ce n’était pas vous, vous pouvez ignorer ce message."],
    }),
    "registration.organisation-taken": (p) => ({
      subject: `À propos de votre inscription : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Nous avons reçu depuis cette adresse l’inscription de ${p.organisationName} pour ${p.eventTitle}, mais cette organisation est déjà inscrite.`,
        "Chaque organisation ne s’inscrit qu’une fois. Veuillez contacter la personne qui l’a inscrite : elle peut vous ajouter comme représentant.",
        "Si vous n’avez pas envoyé cette inscription, vous pouvez ignorer ce message.",
      ],
    }),
    "registration.approved": (p) => ({
      subject: `Inscription approuvée : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Nous avons le plaisir de vous confirmer que l’inscription de ${p.organisationName} pour ${p.eventTitle} a été approuvée.`,
        ...(p.representatives.length > 0 ? ["Représentants :"] : []),
      ],
      list: p.representatives,
      action: { label: "Voir mon inscription", url: p.statusUrl },
      after: ["Si vos projets changent, merci de retirer l’inscription afin qu’une autre organisation puisse prendre la place."],
    }),
    "registration.waitlisted": (p) => ({
      subject: `Liste d’attente : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Toutes les places pour ${p.eventTitle} sont actuellement prises ; l’inscription de ${p.organisationName} a donc été placée sur la liste d’attente.`,
        "Si une place se libère, la liste d’attente est examinée dans l’ordre et nous vous écrirons.",
      ],
      action: { label: "Voir mon inscription", url: p.statusUrl },
    }),
    "registration.declined": (p) => ({
      subject: `Votre inscription : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [`Nous regrettons de vous informer que l’inscription de ${p.organisationName} pour ${p.eventTitle} n’a pas pu être acceptée.`],
      quotes: [p.message, ...(p.reason ? [`Motif : ${p.reason}`] : [])].filter((text) => text.trim() !== ""),
      action: { label: "Voir mon inscription", url: p.statusUrl },
    }),
    "registration.withdrawn": (p) => ({
      subject: `Inscription retirée : ${p.eventTitle}`,
      greeting: "Bonjour,",
      paragraphs: [
        `Comme demandé, l’inscription de ${p.organisationName} pour ${p.eventTitle} a été retirée et sa place libérée.`,
        "S’il s’agit d’une erreur, vous pouvez vous inscrire à nouveau tant que les inscriptions sont ouvertes.",
      ],
    }),
  },
};
