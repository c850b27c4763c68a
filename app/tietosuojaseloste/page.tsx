import { FEEDBACK_EMAIL, SITE_NAME } from "@/lib/site/config";

export const metadata = {
  title: "Tietosuojaseloste",
  description: `${SITE_NAME}: mitä tietoja uutiskirjeen tilaajista tallennetaan, miksi ja kuinka kauan.`,
  alternates: { canonical: "/tietosuojaseloste" },
};

export default function PrivacyNoticePage() {
  return (
    <div className="prose max-w-prose prose-slate">
      <h1>Tietosuojaseloste</h1>
      <p>
        Tämä seloste kertoo, miten {SITE_NAME} käsittelee uutiskirjeen tilaajien henkilötietoja EU:n
        yleisen tietosuoja-asetuksen (2016/679) mukaisesti.
      </p>

      <h2>Mitä tallennamme</h2>
      <ul>
        <li>sähköpostiosoitteesi</li>
        <li>valitsemasi aiheet (talous, verotus, juridiikka)</li>
        <li>tilausrytmin: haluatko kirjeen joka arkipäivä vai kerran viikossa</li>
        <li>tilauksen tila: vahvistamaton, voimassa tai peruttu</li>
        <li>
          suostumuksesi tiedot: milloin tilasit, mitkä aiheet valitsit, minkä version lomakkeen
          tekstistä näit ja milloin vahvistit tilauksen
        </li>
        <li>milloin lähetimme sinulle viimeksi tilaukseen liittyvän viestin</li>
        <li>
          jos viestimme palautuu tai merkitset sen roskapostiksi: päivämäärä, palautuksen laji,
          palvelimen tilakoodi ja lyhyt virheilmoitus
        </li>
        <li>
          jos poistamme osoitteesi estolistalta (esimerkiksi kun palautus johtui omasta virheestämme
          eikä osoitteestasi): milloin ja millä perusteella
        </li>
      </ul>
      <p>
        Emme tallenna nimeäsi, IP-osoitettasi emmekä tietoja siitä, avaatko viestejä. IP-osoitetta
        käytetään vain hetkellisesti väärinkäytösten estämiseen (enintään 10 minuuttia).
      </p>

      <h2>Miksi</h2>
      <p>
        Käytämme tietoja vain uutiskirjeen lähettämiseen valitsemistasi aiheista. Palautuneiden
        viestien tietoja käsittelemme, jotta emme lähetä postia osoitteisiin, joihin se ei mene
        perille, ja jotta sähköpostipalvelut eivät pidä kirjettämme roskapostina. Käsittely perustuu
        suostumukseesi, jonka annat tilauslomakkeella ja vahvistat sähköpostiisi lähetetystä
        linkistä. Emme luovuta tietoja kenellekään emmekä käytä niitä mainontaan.
      </p>

      <h2>Kuinka kauan</h2>
      <ul>
        <li>Vahvistamaton tilaus poistetaan 30 päivän kuluttua.</li>
        <li>Voimassa olevan tilauksen tiedot säilytetään, kunnes perut tilauksen.</li>
        <li>
          Perutusta tilauksesta säilytämme osoitteen ja perumisajan, jotta emme lähetä sinulle enää
          kirjettä.
        </li>
        <li>
          Tiedot palautuneista viesteistä, roskapostiksi merkinnöistä ja estolistalta poistamisista
          poistetaan 90 päivän kuluttua. Jos osoitetta ei ole olemassa tai merkitsit kirjeen
          roskapostiksi, säilytämme osoitteen ja syyn estolistalla, jotta emme lähetä siihen enää
          viestejä.
        </li>
        <li>
          Pyynnöstäsi poistamme kaikki tietosi kokonaan, myös palautus- ja estotiedot. Osoitteesta
          jää vain tiiviste (SHA-256), josta osoitetta ei voi lukea: sen avulla poisto tehdään
          uudelleen, jos tietokanta palautetaan varmuuskopiosta, eikä vanha tilaajalista tuo sinua
          takaisin. Varmuuskopiot poistetaan 30 päivän kuluttua.
        </li>
      </ul>

      <h2>Miten lopetat tilauksen</h2>
      <p>
        Jokaisen uutiskirjeen lopussa on linkki tilauksen asetuksiin, joissa voit vaihtaa aiheita ja
        tilausrytmiä tai perua tilauksen yhdellä painalluksella. Monet sähköpostiohjelmat näyttävät
        myös oman Peru tilaus -painikkeen.
      </p>

      <h2>Oikeutesi</h2>
      <p>
        Sinulla on oikeus saada tietää, mitä tietoja sinusta on tallennettu, saada tiedot itsellesi,
        oikaista ne ja pyytää niiden poistamista. Lähetä pyyntö osoitteeseen{" "}
        <a href={`mailto:${FEEDBACK_EMAIL}`}>{FEEDBACK_EMAIL}</a>. Vastaamme kuukauden kuluessa.
        Voit myös tehdä valituksen tietosuojavaltuutetun toimistolle (
        <a href="https://tietosuoja.fi">tietosuoja.fi</a>).
      </p>
    </div>
  );
}
