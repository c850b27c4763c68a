import type { MailMessage } from "../message";
import { renderHtml, renderText, type MailBody } from "./layout";

export type SubscriptionMailInput = {
  to: string;
  siteName: string;
  // Finnish labels of the topics the reader chose, in taxonomy order.
  topicLabels: string[];
};

function message(to: string, siteName: string, subject: string, body: MailBody): MailMessage {
  return { to, subject, text: renderText(body, siteName), html: renderHtml(body, siteName) };
}

const topicLine = (labels: string[]) => `Valitsemasi aiheet: ${labels.join(", ")}.`;

// Gives the double opt-in mail: nothing is sent to the address until its owner confirms.
export function buildConfirmationMail(
  input: SubscriptionMailInput & { confirmUrl: string },
): MailMessage {
  return message(input.to, input.siteName, `Vahvista uutiskirjeen tilaus – ${input.siteName}`, {
    title: "Vahvista uutiskirjeen tilaus",
    paragraphs: [
      `Joku, toivottavasti sinä, tilasi ${input.siteName} -uutiskirjeen tähän osoitteeseen.`,
      topicLine(input.topicLabels),
      "Tilaus alkaa vasta, kun vahvistat sen. Linkki on voimassa 7 päivää.",
    ],
    action: { label: "Vahvista tilaus", url: input.confirmUrl },
    footer: [
      "Jos et tilannut uutiskirjettä, voit jättää tämän viestin huomiotta: emme lähetä sinulle mitään, ja vahvistamaton tilaus poistetaan 30 päivän kuluttua.",
    ],
  });
}

// Gives the mail a confirmed subscriber gets on signing up again: where to manage the
// subscription. `paused`: soft bounces hold their issues back; the manage page resumes them,
// and this mail having arrived is the proof that the address works again.
export function buildAlreadySubscribedMail(
  input: SubscriptionMailInput & { manageUrl: string; paused?: boolean },
): MailMessage {
  const paused = [
    "Uutiskirjeen lähettäminen tähän osoitteeseen on keskeytetty, koska viestit eivät viime aikoina menneet perille.",
    "Jos haluat taas saada uutiskirjeen, avaa tilauksen asetukset ja vahvista siellä, että osoite toimii.",
  ];
  return message(input.to, input.siteName, `Olet jo uutiskirjeen tilaaja – ${input.siteName}`, {
    title: "Olet jo uutiskirjeen tilaaja",
    paragraphs: [
      `Tähän osoitteeseen yritettiin tilata ${input.siteName} -uutiskirje, mutta osoite on jo tilaajana.`,
      topicLine(input.topicLabels),
      ...(input.paused ? paused : []),
      "Voit vaihtaa aiheita tai perua tilauksen asetussivulla.",
    ],
    action: { label: "Avaa tilauksen asetukset", url: input.manageUrl },
    footer: ["Jos et itse yrittänyt tilata uutiskirjettä, sinun ei tarvitse tehdä mitään."],
  });
}

export type WelcomeMailInput = SubscriptionMailInput & {
  // The rhythm as the form names it, and when the letter comes.
  rhythm: { label: string; schedule: string };
  newestIssueUrl: string;
  manageUrl: string;
  privacyUrl: string;
  // RFC 8058 one-click URL: both List-Unsubscribe headers, as on every letter.
  oneClickUnsubscribeUrl: string;
};

// Gives the mail a reader gets once their subscription is confirmed: what comes, when, and
// how to change or leave it.
export function buildWelcomeMail(input: WelcomeMailInput): MailMessage {
  return {
    ...message(input.to, input.siteName, `Tervetuloa uutiskirjeen tilaajaksi – ${input.siteName}`, {
      title: "Tervetuloa uutiskirjeen tilaajaksi",
      paragraphs: [
        `Kiitos, että vahvistit tilauksesi. Olet nyt ${input.siteName} -uutiskirjeen tilaaja.`,
        topicLine(input.topicLabels),
        `Tilausrytmi: ${input.rhythm.label}. ${input.rhythm.schedule}`,
        "Jos valitsemissasi aiheissa ei ole uutta, kirjettä ei lähetetä. Aiemmat kirjeet voit lukea verkossa.",
      ],
      action: { label: "Lue uusin kirje verkossa", url: input.newestIssueUrl },
      links: [
        { label: "Muuta aiheita tai tilausrytmiä", url: input.manageUrl },
        { label: "Peru tilaus", url: input.manageUrl },
        { label: "Tietosuojaseloste", url: input.privacyUrl },
      ],
      footer: [
        "Saat tämän viestin, koska vahvistit uutiskirjeen tilauksen tähän osoitteeseen. Jokaisen kirjeen lopussa on linkki, josta voit muuttaa tilausta tai perua sen.",
      ],
    }),
    unsubscribeUrl: input.oneClickUnsubscribeUrl,
  };
}
