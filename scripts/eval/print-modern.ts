// Printing the modern dev-set report.

import type { ModernReport } from './modern.js';
import { prf, prfLine, ratioText } from './metrics.js';

export function printModern(label: string, r: ModernReport, maxErrors: number): void {
  console.log(`\n== ${label}: ${r.stories} stories ==`);
  console.log(prfLine('alert', r.alert));
  console.log(prfLine('deal', r.deal));
  console.log(`roles right  ${ratioText(r.roles)}   (parties found at all ${ratioText(r.partiesFound)}; extra parties ${r.spuriousParties})`);
  console.log(`amounts      ${ratioText(r.amounts)}`);
  console.log(`status       ${ratioText(r.status)}`);
  console.log(`type         ${ratioText(r.types)}   mentions found ${ratioText(r.mentionsFound)}`);
  console.log('by type:       alert R   roles          amounts        status');
  for (const [type, t] of [...r.byType].sort()) {
    console.log(
      `  ${type.padEnd(14)} ${prf(t.alert).r.toFixed(3)}   ${ratioText(t.roles).padEnd(14)} ${ratioText(t.amounts).padEnd(14)} ${ratioText(t.status)}`,
    );
  }
  console.log('by source style:');
  for (const [style, s] of [...r.byStyle].sort()) {
    const a = prf(s.alert);
    const d = prf(s.deal);
    const n = s.alert.tp + s.alert.fp + s.alert.fn + s.alert.tn;
    console.log(
      `  ${style.padEnd(14)} n=${String(n).padStart(3)}  alert P=${a.p.toFixed(2)} R=${a.r.toFixed(2)} F1=${a.f1.toFixed(3)}   deal F1=${d.f1.toFixed(3)} (FP ${s.deal.fp}, FN ${s.deal.fn})   roles ${ratioText(s.roles)}`,
    );
  }
  for (const e of r.errors.slice(0, maxErrors)) console.log(e);
}
