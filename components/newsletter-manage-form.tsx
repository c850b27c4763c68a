import { TAXONOMY, type MainTopic } from "@/lib/content/taxonomy";
import type { Frequency } from "@/lib/db/rows";
import { FIELD, SIGNUP_TOPICS } from "@/lib/subscription/signup-form";
import { FrequencyChoice } from "./frequency-choice";

const BUTTON = "rounded px-4 py-2 font-semibold";

// Shown while soft bounces hold the issues back: the reader, who reached this page from a mail
// to the address, says it works again. A plain form, no JavaScript needed.
export function ResumeForm({ token }: { token: string }) {
  return (
    <form
      method="post"
      action="/api/newsletter/manage"
      className="mt-6 border-l-4 border-amber-600 bg-amber-50 p-4"
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="action" value="jatka" />
      <h2 className="text-xl font-semibold">Uutiskirjeen lähetys on keskeytetty</h2>
      <p className="mt-2">
        Viestimme eivät viime aikoina menneet perille tähän osoitteeseen, joten keskeytimme
        uutiskirjeen. Jos osoite toimii taas, jatka lähetystä.
      </p>
      <button type="submit" className={`${BUTTON} mt-4 bg-brand text-white hover:bg-brand-dark`}>
        Osoite toimii, jatka lähetystä
      </button>
    </form>
  );
}

type Props = { token: string; topics: MainTopic[]; frequency: Frequency };

// The manage page's two plain forms: change topics and rhythm, or leave. No JavaScript needed.
export function ManageForm({ token, topics, frequency }: Props) {
  return (
    <>
      <form method="post" action="/api/newsletter/manage" className="mt-6 space-y-4">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="action" value="tallenna" />
        <fieldset aria-describedby="aiheet-ohje">
          <legend className="text-xl font-semibold">Aiheet</legend>
          <p id="aiheet-ohje" className="text-sm text-slate-700">
            Valitse vähintään yksi. Uutiskirjeessä on vain valitsemiesi aiheiden uutiset.
          </p>
          {SIGNUP_TOPICS.map((topic) => (
            <div key={topic} className="mt-1 flex items-center gap-2">
              <input
                id={`aihe-${topic}`}
                type="checkbox"
                name={FIELD.topics}
                value={topic}
                defaultChecked={topics.includes(topic)}
                className="h-5 w-5"
              />
              <label htmlFor={`aihe-${topic}`}>{TAXONOMY[topic].label}</label>
            </div>
          ))}
        </fieldset>
        <FrequencyChoice
          idPrefix="rytmi"
          defaultValue={frequency}
          legendClassName="text-xl font-semibold"
        />
        <button type="submit" className={`${BUTTON} bg-brand text-white hover:bg-brand-dark`}>
          Tallenna asetukset
        </button>
      </form>
      <form
        method="post"
        action="/api/newsletter/manage"
        className="mt-10 border-t border-slate-200 pt-6"
      >
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="action" value="peru" />
        <h2 className="text-xl font-semibold">Peru tilaus</h2>
        <p className="mt-2">Et saa enää uutiskirjettä. Voit tilata sen myöhemmin uudelleen.</p>
        <button type="submit" className={`${BUTTON} mt-4 border-2 border-red-800 text-red-800`}>
          Peru tilaus
        </button>
      </form>
    </>
  );
}
