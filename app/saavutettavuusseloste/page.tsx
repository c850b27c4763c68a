import { FEEDBACK_EMAIL, SITE_NAME } from "@/lib/site/config";
import { getEnv } from "@/lib/env";
import { pageAlternates } from "@/lib/site/metadata";

export const metadata = {
  title: "Saavutettavuusseloste",
  description: `${SITE_NAME} -sivuston saavutettavuusseloste.`,
  alternates: pageAlternates("/saavutettavuusseloste"),
};

const STATEMENT_DATE = "2026-11-28";

export default function AccessibilityStatementPage() {
  const host = new URL(getEnv().SITE_URL).host;
  return (
    <div className="prose max-w-prose prose-slate">
      <h1>Saavutettavuusseloste</h1>
      <p>
        Tämä saavutettavuusseloste koskee sivustoa {host} ({SITE_NAME}). Haluamme, että
        mahdollisimman moni voi käyttää sivustoa. Seloste noudattaa digitaalisten palvelujen
        tarjoamisesta annettua lakia (306/2019) ja EU:n saavutettavuusdirektiivin mallia.
      </p>

      <h2>Saavutettavuuden tila</h2>
      <p>
        Sivusto täyttää WCAG 2.1 -ohjeiston A- ja AA-tason vaatimukset osittain. Sivusto on{" "}
        <strong>osittain yhdenmukainen</strong>, koska alla luetellut puutteet ovat vielä
        korjaamatta.
      </p>

      <h2>Ei-saavutettava sisältö</h2>
      <h3>Puutteet ja syyt</h3>
      <ul>
        <li>
          Artikkeleissa linkitetyt lähteet, kuten viranomaisten tiedotteet, ovat muiden ylläpitämiä
          sivustoja. Emme voi vaikuttaa niiden saavutettavuuteen.
        </li>
        <li>
          RSS- ja Atom-syötteet ovat koneluettavia tiedostoja, jotka on tarkoitettu syötelukijoille;
          selaimessa avattuna niitä ei ole muotoiltu luettaviksi.
        </li>
        <li>
          Sivustoa ei ole vielä arvioinut ulkopuolinen asiantuntija, eikä sitä ole testattu
          käyttäjätesteissä avustavaa teknologiaa käyttävien henkilöiden kanssa.
        </li>
      </ul>

      <h2>Miten arvioimme saavutettavuuden</h2>
      <p>
        Seloste on laadittu <time dateTime={STATEMENT_DATE}>28.11.2026</time>. Arvio perustuu
        itsearviointiin: jokainen sivutyyppi tarkistetaan jokaisen muutoksen yhteydessä
        automaattisesti axe-työkalulla, ja sivuja on käytetty pelkällä näppäimistöllä, 200 %:n
        suurennuksella ja 320 pikselin levyisellä näytöllä.
      </p>

      <h2>Anna palautetta saavutettavuudesta</h2>
      <p>
        Huomasitko saavutettavuuspuutteen? Kerro siitä meille sähköpostitse osoitteeseen{" "}
        <a href={`mailto:${FEEDBACK_EMAIL}`}>{FEEDBACK_EMAIL}</a>. Vastaamme 14 päivän kuluessa.
        Voit myös pyytää sivuston sisällön meiltä saavutettavassa muodossa.
      </p>

      <h2>Valvontaviranomainen</h2>
      <p>
        Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole
        tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit
        tehdä ilmoituksen valvontaviranomaiselle. Digitaalisten palvelujen saavutettavuutta valvoo
        Lupa- ja valvontavirasto (aiemmin Etelä-Suomen aluehallintovirasto). Sivustolla{" "}
        <a href="https://www.saavutettavuusvaatimukset.fi">saavutettavuusvaatimukset.fi</a>{" "}
        kerrotaan, miten ilmoituksen voi tehdä.
      </p>
    </div>
  );
}
