/**
 * A first worked example: the basic amount G and the full monthly introduction stipend (2 G ÷ 12) for
 * May 2024 and May 2025, with the explanation a case worker would paste into a letter.
 *
 * Run: npm run example
 */
import { Rational, basicAmountOn, moneyToRational, renderExplanation, roundHalfUpToOre, formatMoney } from '../src/index.js';

for (const month of ['2024-05', '2025-05']) {
  const g = basicAmountOn({ date: `${month}-01` });
  // The stipend is 2 G a year, paid monthly as 1/12 of it; rounded half-up to øre only at the end.
  const monthly = roundHalfUpToOre(moneyToRational(g.value).mul(Rational.of(2, 12)));
  console.log(`${month}: G = ${formatMoney(g.value, 'nb')}; full monthly stipend 2 G / 12 = ${formatMoney(monthly, 'nb')}`);
  console.log(renderExplanation(g.explanation, 'nb'));
  console.log();
}
