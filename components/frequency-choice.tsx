import type { Frequency } from "@/lib/db/rows";
import { FIELD, FREQUENCY_CHOICES, SIGNUP_FREQUENCIES } from "@/lib/subscription/signup-form";
import { FieldError } from "./form-errors";

type Props = {
  // Prefix of the element ids, unique on the page.
  idPrefix: string;
  defaultValue: Frequency;
  error?: string;
  legendClassName?: string;
};

// The rhythm choice as a GOV.UK radio group: a legend, one hint per option tied to its radio,
// the error (if any) tied to the group. Plain inputs, so it works without JavaScript.
export function FrequencyChoice({ idPrefix, defaultValue, error, legendClassName }: Props) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset
      aria-describedby={error ? errorId : undefined}
      className={error ? "border-l-4 border-red-700 pl-3" : undefined}
    >
      <legend className={legendClassName ?? "font-semibold"}>Kuinka usein?</legend>
      <FieldError id={errorId} message={error} />
      {SIGNUP_FREQUENCIES.map((value, i) => {
        const id = `${idPrefix}-${i}`;
        return (
          <div key={value} className="mt-2 flex items-start gap-2">
            <input
              id={id}
              type="radio"
              name={FIELD.frequency}
              value={value}
              defaultChecked={value === defaultValue}
              aria-describedby={`${id}-hint`}
              className="mt-0.5 h-5 w-5 shrink-0"
            />
            <div>
              <label htmlFor={id}>{FREQUENCY_CHOICES[value].label}</label>
              <p id={`${id}-hint`} className="text-sm text-slate-700">
                {FREQUENCY_CHOICES[value].hint}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
