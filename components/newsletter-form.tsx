"use client";

import { useEffect, useId, useRef, useState } from "react";
import { TAXONOMY } from "@/lib/content/taxonomy";
import { ErrorSummary, FieldError } from "./form-errors";
import { FrequencyChoice } from "./frequency-choice";
import {
  DEFAULT_FREQUENCY,
  FIELD,
  MESSAGES,
  SIGNUP_ENDPOINT,
  SIGNUP_TOPICS,
  type SignupErrors,
} from "@/lib/subscription/signup-form";

type Answer = { ok: boolean; message: string; errors?: SignupErrors };

// A plain <form method="post"> rendered on the server, which works without JavaScript; with it,
// the same endpoint answers JSON and the result appears here (GOV.UK error summary + aria-live).
export function NewsletterForm() {
  const id = useId();
  const ids = {
    email: `${id}-email`,
    topics: `${id}-topics`,
    frequency: `${id}-frequency`,
    honeypot: `${id}-hp`,
  };
  const [errors, setErrors] = useState<SignupErrors>({});
  const [formError, setFormError] = useState("");
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const hasErrors = Boolean(errors.email || errors.topics || errors.frequency || formError);

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
          [FIELD.frequency]: data.get(FIELD.frequency) ?? undefined,
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
        <ErrorSummary
          ref={summary}
          items={[
            ...(formError ? [{ text: formError }] : []),
            ...(errors.email ? [{ text: errors.email, href: `#${ids.email}` }] : []),
            ...(errors.topics ? [{ text: errors.topics, href: `#${ids.topics}-0` }] : []),
            ...(errors.frequency ? [{ text: errors.frequency, href: `#${ids.frequency}-0` }] : []),
          ]}
        />
      )}
      <div className={errors.email ? "border-l-4 border-red-700 pl-3" : undefined}>
        <label htmlFor={ids.email} className="block font-semibold">
          Sähköpostiosoite
        </label>
        <p id={`${ids.email}-hint`} className="text-sm text-slate-700">
          Esimerkiksi nimi@esimerkki.fi
        </p>
        <FieldError id={`${ids.email}-hint-error`} message={errors.email} />
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
        <FieldError id={`${ids.topics}-hint-error`} message={errors.topics} />
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
      <FrequencyChoice
        idPrefix={ids.frequency}
        defaultValue={DEFAULT_FREQUENCY}
        error={errors.frequency}
      />
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
        Tallennamme sähköpostiosoitteesi, valitsemasi aiheet ja tilausrytmin vain uutiskirjeen
        lähettämistä varten. Tilaus alkaa, kun vahvistat sen sähköpostiin tulevasta linkistä.{" "}
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
