import type { Ref } from "react";

export type SummaryItem = { text: string; href?: string };

// GOV.UK error summary: focusable box whose alert lists every problem, linked to its field.
export function ErrorSummary({ items, ref }: { items: SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="border-4 border-red-700 bg-white p-4 outline-none focus:ring-4 focus:ring-amber-600"
    >
      <div role="alert">
        <h2 className="font-bold">Tarkista tiedot</h2>
        <ul className="mt-2 list-disc pl-5">
          {items.map((item) => (
            <li key={item.text}>
              {item.href ? (
                <a href={item.href} className="text-red-800">
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// The message next to a field; its id goes into the field's aria-describedby.
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-semibold text-red-800">
      <span className="sr-only">Virhe:</span> {message}
    </p>
  );
}
