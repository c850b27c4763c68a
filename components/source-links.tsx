import { Fragment } from "react";
import { citedSources } from "@/lib/content/competitions";
import type { CompetitionFact, CompetitionSource } from "@/lib/content/competition-schema";

type Doc = { sources: CompetitionSource[] };

// The sources behind one statement, linked, so a reader can check every fact on the page.
export function SourceLinks({ doc, ids }: { doc: Doc; ids: string[] }) {
  const sources = citedSources(doc, ids);
  return (
    <span className="text-sm text-slate-700">
      {" "}
      (Lähde:{" "}
      {sources.map((source, i) => (
        <Fragment key={source.id}>
          {i > 0 && ", "}
          <a href={source.url}>{source.name}</a>
        </Fragment>
      ))}
      )
    </span>
  );
}

export function FactText({ doc, fact }: { doc: Doc; fact: CompetitionFact }) {
  return (
    <>
      {fact.text}
      <SourceLinks doc={doc} ids={fact.sources} />
    </>
  );
}
