import { notFound } from "next/navigation";
import { getNewsletterServer } from "@/lib/server/server";
import { checkConfirmLink } from "@/lib/subscription/manage";

export const metadata = { title: "Vahvista tilaus", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the link changes nothing (mail scanners fetch links); the button's POST confirms.
export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams;
  if (typeof token !== "string") notFound();
  const link = await checkConfirmLink(token, (await getNewsletterServer()).deps);
  if (link.kind !== "ok") notFound();
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Vahvista uutiskirjeen tilaus</h1>
      <p className="mt-4">
        Vahvista vielä, että haluat tilata uutiskirjeen tähän sähköpostiosoitteeseen.
      </p>
      <form method="post" action="/api/newsletter/confirm" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          Vahvista tilaus
        </button>
      </form>
    </div>
  );
}
