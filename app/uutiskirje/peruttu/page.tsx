export const metadata = { title: "Tilaus peruttu", robots: { index: false } };

export default function UnsubscribedPage() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Tilaus peruttu</h1>
      <p className="mt-4">Et saa enää uutiskirjettä. Kiitos, että luit sitä.</p>
      <p className="mt-2">
        Voit tilata uutiskirjeen uudelleen milloin tahansa{" "}
        <a href="/uutiskirje">uutiskirjeen sivulla</a>.
      </p>
    </div>
  );
}
