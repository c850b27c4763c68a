import { MESSAGES } from "@/lib/subscription/signup-form";

export const metadata = { title: "Tarkista sähköpostisi", robots: { index: false } };

export default function SignupAcceptedPage() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Tarkista sähköpostisi</h1>
      <p className="mt-4">{MESSAGES.accepted}</p>
      <p className="mt-2">
        Jos viestiä ei näy muutaman minuutin kuluessa, katso myös roskapostikansio. Vahvistuslinkki
        on voimassa 7 päivää.
      </p>
      <p className="mt-4">
        <a href="/">Etusivulle</a>
      </p>
    </div>
  );
}
