// notFound() on the confirm and manage pages lands here: a link that is tampered with or too old.
export default function NewsletterLinkNotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Linkki ei toimi</h1>
      <p className="mt-4">
        Linkki on vanhentunut, virheellinen tai korvattu uudemmalla, tai tilausta ei enää ole.
        Mitään ei muutettu.
      </p>
      <p className="mt-2">
        Vahvistuslinkki on voimassa 7 päivää. Voit tilata uutiskirjeen uudelleen{" "}
        <a href="/uutiskirje">uutiskirjeen sivulla</a>, niin saat uuden linkin.
      </p>
    </div>
  );
}
