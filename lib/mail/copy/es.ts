// Spanish copy of the registrant emails.
import type { LanguageCopy } from "../types";

export const es: LanguageCopy = {
  locale: "es-ES",
  layout: {
    copyLink: "Si el botón no funciona, copie esta dirección en su navegador:",
    footer: "Este es un mensaje automático del portal HLD. Por favor, no lo responda.",
  },
  templates: {
    "registration.confirm-email": (p, { dateTime }) => ({
      subject: `Confirme su inscripción: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Hemos recibido la inscripción de ${p.organisationName} para ${p.eventTitle}.`,
        "Confirme su dirección de correo electrónico para enviarla. Hasta entonces, no se examinará ni reservará ninguna plaza.",
      ],
      action: { label: "Confirmar mi inscripción", url: p.confirmUrl },
      after: [`Este enlace solo puede usarse una vez y caduca el ${dateTime(p.expiresAt)}. Si usted no se inscribió, ignore este mensaje y no ocurrirá nada.`],
    }),
    "registration.received": (p) => ({
      subject: `Inscripción recibida: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Gracias. La inscripción de ${p.organisationName} para ${p.eventTitle} está confirmada y ahora será examinada.`,
        p.nonObjectionRequired
          ? "Como su organización no tiene estatus consultivo ante el ECOSOC, primero se someterá a los Estados Miembros según el procedimiento de no objeción. Le escribiremos en cuanto se tome una decisión."
          : "Le escribiremos en cuanto se tome una decisión.",
      ],
      action: { label: "Ver mi inscripción", url: p.statusUrl },
      after: ["En esa página puede modificar la inscripción mientras se examina, o retirarla en cualquier momento. El enlace es personal: conserve este mensaje y no lo comparta."],
    }),
    "registration.link": (p) => ({
      subject: `Su enlace de inscripción: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [`Como ha solicitado, este es el enlace a la inscripción de ${p.organisationName} para ${p.eventTitle}.`],
      action: { label: "Ver mi inscripción", url: p.statusUrl },
      after: ["Los enlaces enviados anteriormente ya no funcionan. Si no lo ha solicitado, puede ignorar este mensaje."],
    }),
    "registration.already-registered": (p) => ({
      subject: `Sobre su inscripción: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Alguien acaba de intentar inscribirse en ${p.eventTitle} con esta dirección de correo electrónico, que ya se utiliza en una inscripción.`,
        "Si fue usted, no necesita volver a inscribirse. Para ver o modificar su inscripción, solicite su enlace personal:",
      ],
      action: { label: "Enviarme mi enlace", url: p.linkRequestUrl },
      after: ["Si no fue usted, puede ignorar este mensaje."],
    }),
    "registration.organisation-taken": (p) => ({
      subject: `Sobre su inscripción: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Hemos recibido desde esta dirección la inscripción de ${p.organisationName} para ${p.eventTitle}, pero esta organización ya está inscrita.`,
        "Cada organización se inscribe una sola vez. Póngase en contacto con la persona que la inscribió: puede añadirle como representante.",
        "Si usted no envió esta inscripción, puede ignorar este mensaje.",
      ],
    }),
    "registration.approved": (p) => ({
      subject: `Inscripción aprobada: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Nos complace confirmarle que la inscripción de ${p.organisationName} para ${p.eventTitle} ha sido aprobada.`,
        ...(p.representatives.length > 0 ? ["Representantes:"] : []),
      ],
      list: p.representatives,
      action: { label: "Ver mi inscripción", url: p.statusUrl },
      after: ["Si sus planes cambian, retire la inscripción para que otra organización pueda ocupar la plaza."],
    }),
    "registration.waitlisted": (p) => ({
      subject: `Lista de espera: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Todas las plazas para ${p.eventTitle} están ocupadas por ahora, por lo que la inscripción de ${p.organisationName} se ha incluido en la lista de espera.`,
        "Si se libera una plaza, la lista de espera se examina por orden y le escribiremos.",
      ],
      action: { label: "Ver mi inscripción", url: p.statusUrl },
    }),
    "registration.declined": (p) => ({
      subject: `Su inscripción: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [`Lamentamos informarle de que la inscripción de ${p.organisationName} para ${p.eventTitle} no ha podido ser aceptada.`],
      quotes: [p.message, ...(p.reason ? [`Motivo: ${p.reason}`] : [])].filter((text) => text.trim() !== ""),
      action: { label: "Ver mi inscripción", url: p.statusUrl },
    }),
    "registration.withdrawn": (p) => ({
      subject: `Inscripción retirada: ${p.eventTitle}`,
      greeting: "Hola:",
      paragraphs: [
        `Como ha solicitado, la inscripción de ${p.organisationName} para ${p.eventTitle} se ha retirado y su plaza ha quedado libre.`,
        "Si se trata de un error, puede volver a inscribirse mientras la inscripción esté abierta.",
      ],
    }),
  },
};
