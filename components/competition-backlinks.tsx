import { getCompetitionYearsFor } from "@/lib/content/competitions";
import type { Article } from "@/lib/content/articles";

// "Lue lisää kilpailusta": links an article to the competition years that list it.
export function CompetitionBacklinks({ article }: { article: Article }) {
  const years = getCompetitionYearsFor(article);
  if (years.length === 0) return null;
  return (
    <aside
      aria-labelledby="lue-lisaa-kilpailusta"
      className="mt-8 rounded border border-slate-300 p-4"
    >
      <h2 id="lue-lisaa-kilpailusta" className="text-lg font-semibold">
        Lue lisää kilpailusta
      </h2>
      <ul className="mt-1 space-y-1">
        {years.map((year) => (
          <li key={year.year}>
            <a href={year.path}>Rikoksentorjuntakilpailu {year.year}: tulokset, raati ja lähteet</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
