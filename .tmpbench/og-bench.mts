import { renderShareCard } from "../lib/og/share-card";
const t0 = performance.now();
for (let i = 0; i < 40; i++) {
  const r = await renderShareCard({ title: `Otsikko numero ${i} kertoo verotuksen muutoksista ja korkeimman oikeuden päätöksestä`, label: "Verotus · Juridiikka" });
  await r.arrayBuffer();
  if (i === 0) console.log("first", (performance.now() - t0).toFixed(0));
}
console.log("avg ms", ((performance.now() - t0) / 40).toFixed(1));
