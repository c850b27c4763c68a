export const metadata = { title: "Sivua ei löytynyt" };

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Sivua ei löytynyt</h1>
      <p className="mt-4">
        Hakemaasi sivua ei ole olemassa tai se on siirretty. Tarkista osoite tai palaa{" "}
        <a href="/">etusivulle</a>.
      </p>
      <p className="mt-2">
        Kaikki uutiset löytyvät <a href="/uutiset">uutisarkistosta</a>.
      </p>
    </div>
  );
}
