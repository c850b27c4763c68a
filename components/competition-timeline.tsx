import { summarizeYear, summarySources } from "@/lib/content/competition-text";
import type { CompetitionYear } from "@/lib/content/competitions";
import { SourceLinks } from "./source-links";

// Every year on file, newest first, each linking to its own page.
export function CompetitionTimeline({ years }: { years: CompetitionYear[] }) {
  return (
    <section aria-labelledby="kilpailuvuodet" className="mt-10">
      <h2 id="kilpailuvuodet" className="text-2xl font-bold">
        Kilpailuvuodet
      </h2>
      <ol className="mt-4 space-y-4 border-l-2 border-slate-300 pl-5">
        {years.map((year) => (
          <li key={year.year}>
            <h3 className="text-lg font-semibold">
              <a href={year.path}>Kilpailu {year.year}</a>
            </h3>
            {year.theme && (
              <p>
                Teema: {year.theme.text}
                <SourceLinks doc={year} ids={year.theme.sources} />
              </p>
            )}
            <p>
              {summarizeYear(year)}
              <SourceLinks doc={year} ids={summarySources(year)} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
