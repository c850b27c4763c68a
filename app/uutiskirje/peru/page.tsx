import { notFound } from "next/navigation";
import { getNewsletterServer } from "@/lib/server/server";
import { loadUnsubscribeView } from "@/lib/subscription/manage";
import { ONE_CLICK_PAGE_FIELD } from "@/lib/subscription/token-requests";

export const metadata = { title: "Peru uutiskirjeen tilaus", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const BUTTON = "mt-6 rounded px-4 py-2 font-semibold";

// Where a browser lands from a mail's one-click unsubscribe link (List-Unsubscribe, opened with
// GET): opening it changes nothing (mail scanners fetch links); the button's POST unsubscribes.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  if (typeof token !== "string") notFound();
  const view = await loadUnsubscribeView(token, (await getNewsletterServer()).deps);
  if (!view) notFound();
  if (view.status === "unsubscribed") {
    return (
      <div className="max-w-prose">
        <h1 className="text-3xl font-bold">Tilaus on jo peruttu</h1>
        <p className="mt-4">
          Osoitteeseen <strong>{view.email}</strong> ei lähetetä uutiskirjettä.
        </p>
        <p className="mt-2">
          Voit tilata uutiskirjeen uudelleen <a href="/uutiskirje">uutiskirjeen sivulla</a>.
        </p>
      </div>
    );
  }
  const action = `/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`;
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Peru uutiskirjeen tilaus</h1>
      <p className="mt-4">
        Haluatko lopettaa uutiskirjeen tilauksen osoitteeseen <strong>{view.email}</strong>?
      </p>
      <form method="post" action={action}>
        <input type="hidden" name={ONE_CLICK_PAGE_FIELD} value="1" />
        <button type="submit" className={`${BUTTON} border-2 border-red-800 text-red-800`}>
          Peru tilaus
        </button>
      </form>
      <p className="mt-8">
        Haluatko mieluummin saada uutiskirjeen vain joistakin aiheista?{" "}
        {view.manageToken ? (
          <a href={`/uutiskirje/asetukset?token=${encodeURIComponent(view.manageToken)}`}>
            Muuta aiheita
          </a>
        ) : (
          "Aiheita voit muuttaa uusimman uutiskirjeesi asetuslinkistä."
        )}
      </p>
    </div>
  );
}
