import type { ReactNode } from "react";
import { ArticleDate } from "./article-date";

export type UpdateNote = { date: string; text: string; source?: ReactNode };

type Props = {
  notes: UpdateNote[];
  headingId: string;
  headingLevel: 2 | 3;
  className?: string;
};

// Later news shown beside the original text, each note dated and with its source; the
// original is never rewritten. Used by articles and competition years alike.
export function UpdateNotes({ notes, headingId, headingLevel, className = "" }: Props) {
  if (notes.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={headingId}
      className={`border-l-4 border-brand bg-brand-light p-4 ${className}`}
    >
      <Heading
        id={headingId}
        className={headingLevel === 2 ? "text-lg font-semibold" : "font-semibold"}
      >
        Päivitykset
      </Heading>
      <ul className="mt-2 space-y-2">
        {notes.map((note) => (
          <li key={`${note.date}-${note.text}`}>
            <strong>
              Päivitys <ArticleDate day={note.date} />:
            </strong>{" "}
            {note.text}
            {note.source}
          </li>
        ))}
      </ul>
    </section>
  );
}
