"use client";

import { useEffect, useId, useRef, useState } from "react";
import { TAXONOMY } from "@/lib/content/taxonomy";
import {
  FIELD,
  MESSAGES,
  SIGNUP_ENDPOINT,
  SIGNUP_TOPICS,
  type SignupErrors,
} from "@/lib/newsletter/signup-form";

type Answer = { ok: boolean; message: string; errors?: SignupErrors };

// A plain <form method="post"> rendered on the server, which works without JavaScript; with it,
// the same endpoint answers JSON and the result appears here (GOV.UK error summary + aria-live).
export function NewsletterForm() {
  const id = useId();
  const ids = { email: `${id}-email`, topics: `${id}-topics`, honeypot: `${id}-hp` };
  const [errors, setErrors] = useState<SignupErrors>({});
  const [formError, setFormError] = useState("");
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const hasErrors = Boolean(errors.email || errors.topics || formError);

  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [hasErrors, errors, formError]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setStatus("");
    try {
      const response = await fetch(SIGNUP_ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({
          [FIELD.email]: data.get(FIELD.email) ?? "",
          [FIELD.topics]: data.getAll(FIELD.topics),
          [FIELD.honeypot]: data.get(FIELD.honeypot) ?? "",
        }),
      });
      const answer = (await response.json()) as Answer;
      setErrors(answer.errors ?? {});
      const fieldErrors = Object.keys(answer.errors ?? {}).length > 0;
      setFormError(answer.ok || fieldErrors ? "" : answer.message);
      if (answer.ok) {
        setStatus(answer.message);
        form.reset();
      }
    } catch {
      setErrors({});
      setFormError(MESSAGES.unexpected);
    } finally {
      setPending(false);
    }
  }

  const describedBy = (hint: string, error?: string) =>
    [hint, error && `${hint}-error`].filter(Boolean).join(" ");

  return (
    <form
      method="post"
      action={SIGNUP_ENDPOINT}
      noValidate
      onSubmit={submit}
      className="mt-4 space-y-4"
    >
      {hasErrors && (
        <div
          ref={summary}
          tabIndex={-1}
          className="border-4 border-red-700 bg-white p-4 outline-none focus:ring-4 focus:ring-amber-600"
        >
          <div role="alert">
            <h2 className="font-bold">Tarkista tiedot</h2>
            <ul className="mt-2 list-disc pl-5">
              {formError && <li>{formError}</li>}
              {errors.email && (
                <li>
                  <a href={`#${ids.email}`} className="text-red-800">
                    {errors.email}
                  </a>
                </li>
              )}
              {errors.topics && (
                <li>
                  <a href={`#${ids.topics}-0`} className="text-red-800">
                    {errors.topics}
                  </a>
                </li>
              )}
            </ul>
          </div>
        </div>
      )}
      <div className={errors.email ? "border-l-4 border-red-700 pl-3" : undefined}>
        <label htmlFor={ids.email} className="block font-semibold">
          Sähköpostiosoite
        </label>
        <p id={`${ids.email}-hint`} className="text-sm text-slate-700">
          Esimerkiksi nimi@esimerkki.fi
        </p>
        {errors.email && (
          <p id={`${ids.email}-hint-error`} className="font-semibold text-red-800">
            <span className="sr-only">Virhe:</span> {errors.email}
          </p>
        )}
        <input
          id={ids.email}
          name={FIELD.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
          maxLength={254}
          aria-describedby={describedBy(`${ids.email}-hint`, errors.email)}
          aria-invalid={errors.email ? true : undefined}
          className="mt-1 w-full rounded border-2 border-slate-700 bg-white px-3 py-2"
        />
      </div>
      <fieldset
        aria-describedby={describedBy(`${ids.topics}-hint`, errors.topics)}
        className={errors.topics ? "border-l-4 border-red-700 pl-3" : undefined}
      >
        <legend className="font-semibold">Aiheet</legend>
        <p id={`${ids.topics}-hint`} className="text-sm text-slate-700">
          Valitse vähintään yksi.
        </p>
        {errors.topics && (
          <p id={`${ids.topics}-hint-error`} className="font-semibold text-red-800">
            <span className="sr-only">Virhe:</span> {errors.topics}
          </p>
        )}
        {SIGNUP_TOPICS.map((topic, i) => (
          <div key={topic} className="mt-1 flex items-center gap-2">
            <input
              id={`${ids.topics}-${i}`}
              type="checkbox"
              name={FIELD.topics}
              value={topic}
              defaultChecked
              className="h-5 w-5"
            />
            <label htmlFor={`${ids.topics}-${i}`}>{TAXONOMY[topic].label}</label>
          </div>
        ))}
      </fieldset>
      {/* A trap for bots: people and assistive technology never see or reach this field. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={ids.honeypot}>Jätä tämä kenttä tyhjäksi</label>
        <input
          id={ids.honeypot}
          name={FIELD.honeypot}
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      <p className="text-sm text-slate-800">
        Tallennamme sähköpostiosoitteesi ja valitsemasi aiheet vain uutiskirjeen lähettämistä
        varten. Tilaus alkaa, kun vahvistat sen sähköpostiin tulevasta linkistä.{" "}
        <a href="/tietosuojaseloste">Lue tietosuojaseloste</a>.
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        Tilaa uutiskirje
      </button>
      <p role="status" aria-live="polite" className="font-semibold text-green-900">
        {status}
      </p>
    </form>
  );
}
