import { COMPETITION_PATH, type CompetitionYear } from "@/lib/content/competitions";
import type { CompetitionFact } from "@/lib/content/competition-schema";
import { awardEventJsonLd, breadcrumbJsonLd, type Crumb } from "@/lib/site/structured-data";
import { ArticleDate } from "./article-date";
import { Breadcrumbs } from "./breadcrumbs";
import { CompetitionUpdates } from "./competition-updates";
import { JsonLd } from "./json-ld";
import { ShareLinks } from "./share-links";
import { FactText, SourceLinks } from "./source-links";

type Props = { year: CompetitionYear; title: string; trail: Crumb[] };

export function CompetitionYearView({ year, title, trail }: Props) {
  const event = awardEventJsonLd(year);
  const { winner, ecpaEntry, entries, european } = year;
  return (
    <div className="mx-auto max-w-prose">
      <JsonLd data={breadcrumbJsonLd(trail)} />
      {event && <JsonLd data={event} />}
      <Breadcrumbs trail={trail} />
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{title}</h1>
      <dl className="mt-6 space-y-3">
        <FactRow term="Teema" year={year} fact={year.theme} />
        {winner && (
          <Row term="Voittaja">
            <strong>{winner.name}</strong>, {winner.organisation}
            <SourceLinks doc={year} ids={winner.sources} />
          </Row>
        )}
        {ecpaEntry && (
          <Row term="Suomen ehdokas Euroopan rikoksentorjuntakilpailussa">
            {ecpaEntry.name}.{ecpaEntry.result && ` ${ecpaEntry.result}`}
            <SourceLinks doc={year} ids={ecpaEntry.sources} />
          </Row>
        )}
        {entries && (
          <Row term="Osallistuneita hankkeita">
            {entries.count}
            <SourceLinks doc={year} ids={entries.sources} />
          </Row>
        )}
        <FactRow term="Raati" year={year} fact={year.jury} />
        <FactRow term="Euroopan kilpailu" year={year} fact={european} />
      </dl>
      {year.facts && year.facts.length > 0 && (
        <ListSection id="lisatietoja" heading="Lisätietoja" spacing="space-y-2">
          {year.facts.map((fact) => (
            <li key={fact.text}>
              <FactText doc={year} fact={fact} />
            </li>
          ))}
        </ListSection>
      )}
      <CompetitionUpdates year={year} headingId="kilpailun-paivitykset" />
      {year.relatedArticles.length > 0 && (
        <ListSection id="kilpailun-uutiset" heading="Uutiset kilpailusta" spacing="space-y-1">
          {year.relatedArticles.map((article) => (
            <li key={article.path}>
              <a href={article.path}>{article.title}</a>
            </li>
          ))}
        </ListSection>
      )}
      <section aria-labelledby="lahteet" className="mt-8">
        <h2 id="lahteet" className="text-2xl font-bold">
          Lähteet
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {year.sources.map((source) => (
            <li key={source.id}>
              <a href={source.url}>{source.name}</a>
              {source.date && (
                <>
                  , <ArticleDate day={source.date} />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-8">
        <a href={COMPETITION_PATH}>Kilpailusta yleisesti ja kaikki kilpailuvuodet</a>
      </p>
      <ShareLinks path={year.path} title={title} heading="Jaa sivu" />
    </div>
  );
}

function ListSection(props: {
  id: string;
  heading: string;
  spacing: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className="mt-8">
      <h2 id={props.id} className="text-2xl font-bold">
        {props.heading}
      </h2>
      <ul className={`mt-2 list-disc pl-5 ${props.spacing}`}>{props.children}</ul>
    </section>
  );
}

function FactRow(props: { term: string; year: CompetitionYear; fact?: CompetitionFact }) {
  if (!props.fact) return null;
  return (
    <Row term={props.term}>
      <FactText doc={props.year} fact={props.fact} />
    </Row>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
