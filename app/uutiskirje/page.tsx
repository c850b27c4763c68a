import { NewsletterForm } from "@/components/newsletter-form";
import { NEWSLETTER_BLURB } from "@/lib/site/config";

export const metadata = {
  title: "Uutiskirje",
  description:
    "Tilaa Juridiikan ja talouden uutiskirje: talouden, verotuksen ja juridiikan uutiset joka arkipäivä tai kerran viikossa.",
  alternates: { canonical: "/uutiskirje" },
};

export default function NewsletterPage() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Tilaa uutiskirje</h1>
      <p className="mt-4">{NEWSLETTER_BLURB}</p>
      <p className="mt-2">
        Valitse aiheet, jotka kiinnostavat sinua, ja saatko kirjeen joka arkipäivä vai kerran
        viikossa viikon uutisten koosteena. Voit vaihtaa valintoja tai perua tilauksen milloin
        tahansa jokaisen kirjeen lopussa olevasta linkistä.
      </p>
      <NewsletterForm />
      <h2 className="mt-10 text-xl font-semibold">Aiemmat kirjeet</h2>
      <p className="mt-2">
        Kaikki ilmestyneet kirjeet voi lukea verkossa{" "}
        <a href="/uutiskirje/arkisto">uutiskirjeiden arkistosta</a> (myös{" "}
        <a href="/uutiskirje/arkisto/feed.xml">RSS-syötteenä</a>).
      </p>
    </div>
  );
}
