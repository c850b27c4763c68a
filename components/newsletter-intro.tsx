import { NEWSLETTER_BLURB } from "@/lib/site/config";

// The newsletter's introduction; the sign-up form goes beside it.
export function NewsletterIntro({ children }: { children?: React.ReactNode }) {
  return (
    <section
      aria-labelledby="uutiskirje"
      className="rounded-lg border border-slate-200 bg-brand-light p-6"
    >
      <h2 id="uutiskirje" className="text-xl font-semibold">
        Juridiikan ja talouden uutiskirje
      </h2>
      <p className="mt-2 text-slate-800">{NEWSLETTER_BLURB}</p>
      <p className="mt-2 text-slate-800">
        Aihealueet ovat talous, verotus ja juridiikka: valitse niistä ne, jotka kiinnostavat sinua.
        Jos joka arkipäivä on liikaa, valitse viikkokooste: viikon uutiset yhtenä kirjeenä.
      </p>
      {children}
    </section>
  );
}
