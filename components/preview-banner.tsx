import { formatWeekdayDate, SITE_TIME_ZONE } from "@/lib/content/dates";

const EXPIRES = new Intl.DateTimeFormat("fi-FI", {
  timeZone: SITE_TIME_ZONE,
  dateStyle: "short",
  timeStyle: "short",
});

type Props = { draft: boolean; date: string; expiresAt: number };

// The banner above a previewed article: says plainly that the page is not public yet, when it
// will be, and that the link is for colleagues only.
export function PreviewBanner({ draft, date, expiresAt }: Props) {
  return (
    <section
      aria-labelledby="esikatselu"
      className="mx-auto mb-8 max-w-prose rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="esikatselu" className="text-lg font-bold">
        Esikatselu – ei julkaistu
      </h2>
      <p className="mt-1">
        {draft
          ? "Tämä on luonnos: sitä ei julkaista, ennen kuin luonnosmerkintä (draft: true) poistetaan."
          : `Juttu julkaistaan ${formatWeekdayDate(date)} klo 0.00.`}{" "}
        Sivu näkyy vain tämän linkin haltijoille, eikä sitä löydy hausta tai listauksista.
      </p>
      <p className="mt-1 text-sm">Linkki on voimassa {EXPIRES.format(expiresAt)} asti.</p>
    </section>
  );
}
