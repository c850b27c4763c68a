import { MAIN_TOPICS, type MainTopic } from "@/lib/content/taxonomy";
import type { Frequency } from "@/lib/db/rows";

// The sign-up form's contract, shared by the form component (also in the browser, so no zod
// here) and the request schema in signup-schema.ts.
export const SIGNUP_ENDPOINT = "/api/newsletter/subscribe";
export const FIELD = {
  email: "email",
  topics: "topics",
  frequency: "frequency",
  honeypot: "kotisivu",
} as const;
export const SIGNUP_TOPICS: readonly MainTopic[] = MAIN_TOPICS;

// The rhythm choice: its label and what it promises, in the order the form offers them (the
// first is the default). `satisfies` keeps it in step with the stored list (lib/db/rows.ts).
export const FREQUENCY_CHOICES = {
  daily: {
    label: "Joka arkipäivä",
    hint: "Kirje tulee klo 7 jokaisena suomalaisena arkipäivänä, kun valitsemissasi aiheissa on uutta.",
  },
  weekly: {
    label: "Kerran viikossa",
    hint: "Viikon uutiset yhtenä kirjeenä perjantaisin klo 7 (tai viikon viimeisenä arkipäivänä, jos perjantai on pyhä).",
  },
} as const satisfies Record<Frequency, { label: string; hint: string }>;
export const SIGNUP_FREQUENCIES = Object.keys(FREQUENCY_CHOICES) as Frequency[];
export const DEFAULT_FREQUENCY: Frequency = "daily";

// Bump when the wording next to the form changes: each consent records the version it saw.
export const CONSENT_VERSION = "2026-11-28";

export const MESSAGES = {
  emailRequired: "Kirjoita sähköpostiosoite.",
  emailInvalid: "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.",
  emailTooLong:
    "Sähköpostiosoite on liian pitkä: enintään 254 merkkiä, ja @-merkkiä edeltävä osa enintään 64 merkkiä.",
  topicsRequired: "Valitse vähintään yksi aihe.",
  topicsUnknown: "Tuntematon aihe. Valitse aiheista talous, verotus ja juridiikka.",
  frequencyUnknown:
    "Valitse, kuinka usein haluat uutiskirjeen: joka arkipäivä tai kerran viikossa.",
  accepted:
    "Kiitos! Lähetimme vahvistusviestin antamaasi osoitteeseen. Tilaus alkaa, kun vahvistat sen viestin linkistä. Jos olet jo tilaaja, saat viestin, jossa on linkki tilauksesi asetuksiin.",
  rateLimited: "Liian monta yritystä lyhyessä ajassa. Yritä uudelleen hetken kuluttua.",
  unexpected:
    "Tilauksen tallentaminen ei onnistunut palvelun häiriön vuoksi. Yritä hetken päästä uudelleen.",
} as const;

export type SignupErrors = Partial<Record<"email" | "topics" | "frequency", string>>;
