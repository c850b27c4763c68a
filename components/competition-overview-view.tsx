import { summarizeYear, summarySources } from "@/lib/content/competition-text";
import type { CompetitionOverview, CompetitionYear } from "@/lib/content/competitions";
import { slugify } from "@/lib/content/slug";
import { breadcrumbJsonLd, awardEventJsonLd, type Crumb } from "@/lib/site/structured-data";
import { Breadcrumbs } from "./breadcrumbs";
import { CompetitionTimeline } from "./competition-timeline";
import { CompetitionUpdates } from "./competition-updates";
import { JsonLd } from "./json-ld";
import { ShareLinks } from "./share-links";
import { FactText, SourceLinks } from "./source-links";

type Props = {
  overview: CompetitionOverview;
  years: CompetitionYear[];
  latest: CompetitionYear | null;
  trail: Crumb[];
};

export function CompetitionOverviewView({ overview, years, latest, trail }: Props) {
  const event = latest && awardEventJsonLd(latest);
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={breadcrumbJsonLd(trail)} />
      {event && <JsonLd data={event} />}
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{overview.title}</h1>
      {latest && (
        <section aria-labelledby="uusin-tulos" className="mt-6 rounded border-2 border-brand p-5">
          <h2 id="uusin-tulos" className="text-2xl font-bold">
            Uusin tulos: kilpailu {latest.year}
          </h2>
          {latest.theme && (
            <p className="mt-2">
              Teema: {latest.theme.text}
              <SourceLinks doc={latest} ids={latest.theme.sources} />
            </p>
          )}
          <p className="mt-2 text-lg font-medium">
            {summarizeYear(latest)}
            <SourceLinks doc={latest} ids={summarySources(latest)} />
          </p>
          {latest.european && (
            <p className="mt-2">
              <FactText doc={latest} fact={latest.european} />
            </p>
          )}
          <CompetitionUpdates year={latest} headingId="uusin-tulos-paivitykset" />
          <p className="mt-4">
            <a href={latest.path}>Kaikki tiedot kilpailusta {latest.year}</a>
          </p>
        </section>
      )}
      {overview.sections.map((section) => {
        const id = `kohta-${slugify(section.heading)}`;
        return (
          <section key={id} aria-labelledby={id} className="mt-8">
            <h2 id={id} className="text-2xl font-bold">
              {section.heading}
            </h2>
            {section.facts.map((fact) => (
              <p key={fact.text} className="mt-2 leading-relaxed">
                <FactText doc={overview} fact={fact} />
              </p>
            ))}
          </section>
        );
      })}
      <CompetitionTimeline years={years} />
      <ShareLinks path={trail.at(-1)!.path} title={overview.title} heading="Jaa sivu" />
    </div>
  );
}
