import { notFound } from "next/navigation";
import { ManageForm, ResumeForm } from "@/components/newsletter-manage-form";
import type { Frequency } from "@/lib/db/rows";
import { loadManageView } from "@/lib/subscription/manage";
import { getNewsletterServer } from "@/lib/server/server";

export const metadata = { title: "Tilauksen asetukset", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; tila?: string | string[] }> };

const NOTICES: Record<string, (frequency: Frequency) => string> = {
  vahvistettu: (frequency) =>
    `Kiitos! Tilauksesi on vahvistettu. Ensimmäinen uutiskirje tulee ${frequency === "weekly" ? "viikon viimeisenä arkipäivänä, yleensä perjantaina" : "seuraavana arkipäivänä"}, ja sähköpostiisi tulee tervetuloviesti.`,
  tallennettu: () => "Asetukset on tallennettu. Ne ovat voimassa seuraavasta kirjeestä alkaen.",
  jatkuu: () => "Kiitos! Uutiskirje tulee taas tähän osoitteeseen seuraavasta numerosta alkaen.",
};

export default async function ManagePage({ searchParams }: Props) {
  const { token, tila } = await searchParams;
  if (typeof token !== "string") notFound();
  const view = await loadManageView(token, (await getNewsletterServer()).deps);
  if (view.kind !== "ok") notFound();
  const notice = typeof tila === "string" ? NOTICES[tila]?.(view.frequency) : undefined;
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Tilauksen asetukset</h1>
      {notice && (
        <p
          role="status"
          className="mt-4 border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900"
        >
          {notice}
        </p>
      )}
      <p className="mt-4">
        Tilaajan sähköpostiosoite: <strong>{view.email}</strong>
      </p>
      {view.paused && <ResumeForm token={token} />}
      {view.status === "confirmed" ? (
        <ManageForm token={token} topics={view.topics} frequency={view.frequency} />
      ) : (
        <p className="mt-4">
          {view.status === "pending"
            ? "Tilausta ei ole vielä vahvistettu. Vahvista se sähköpostiisi lähetetystä linkistä."
            : "Tilaus on peruttu. Voit tilata uutiskirjeen uudelleen uutiskirjeen sivulla."}{" "}
          <a href="/uutiskirje">Uutiskirjeen sivulle</a>
        </p>
      )}
    </div>
  );
}
