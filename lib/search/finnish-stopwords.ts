// Finnish words too common to search for (folded). A query made only of these still searches
// them as exact words; otherwise they are left out, as every article has them.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "ja on ei se sen etta kun tai mutta myos ovat oli olla ole ollut olisi ovat jos niin kuin " +
    "joka jotka mika mita mutta vain sita siita sille siina han he me te mina sina ne nama nuo " +
    "tama taman tassa tasta talla tuo kanssa mukaan jo viela nyt sitten seka eli vaan ettei " +
    "en et emme ette eivat voi voidaan ollaan olivat oltava on ovat kaikki muun muassa noin"
  ).split(" "),
);
