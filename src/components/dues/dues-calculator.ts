/**
 * Client side of DuesCalculator.astro: the amount for the chosen category and
 * base, by src/lib/members/dues.ts. Reads nothing from and writes nothing to
 * storage or the network: the income stays in the form.
 */
import { clientTranslator } from '../../i18n/fill';
import { bracketRanges, bracketOf, monthlyDues, toCents, yuanText } from '../../lib/members/dues';
import { DUES_RULES, type DuesBracket, type DuesKind } from '../../lib/members/dues-rules';

class DuesCalculator extends HTMLElement {
  connectedCallback() {
    const t = clientTranslator('dues-calculator');
    const form = this.querySelector('form')!;
    const base = form.querySelector<HTMLInputElement>('input[name="base"]')!;
    const baseField = base.closest('label')!;
    const baseLabel = form.querySelector<HTMLElement>('[data-base-label]')!;
    const result = form.querySelector<HTMLElement>('.result')!;
    const farmer = Number(this.dataset.farmer);
    const kind = () => (new FormData(form).get('kind') ?? 'employed') as DuesKind;

    const rangeText = (k: 'employed' | 'retired', cents: number) => {
      const brackets: readonly DuesBracket[] = DUES_RULES[k].brackets;
      const range = bracketRanges(brackets)[brackets.indexOf(bracketOf(brackets, cents))]!;
      if (range.from === undefined) return t('dues.range.upTo', { upTo: range.upTo ?? 0 });
      if (range.upTo === undefined) return t('dues.range.above', { from: range.from });
      return t('dues.range.between', { from: range.from, upTo: range.upTo });
    };

    const show = (explicit: boolean) => {
      const k = kind();
      const withBase = k === 'employed' || k === 'retired';
      baseField.hidden = !withBase;
      if (withBase) baseLabel.textContent = t(`dues.calc.base.${k}`);
      let line: string;
      if (withBase) {
        const text = base.value.trim();
        const cents = /^\d+(\.\d{1,2})?$/.test(text) ? toCents(Number(text)) : undefined;
        if (cents === undefined) {
          // While typing an empty box says nothing; a submitted one says what to enter.
          result.textContent = explicit || text ? t('dues.calc.invalid') : '';
          base.setAttribute('aria-invalid', String(Boolean(explicit || text)));
          return;
        }
        base.removeAttribute('aria-invalid');
        const amount = monthlyDues(k, cents / 100);
        line = t('dues.calc.resultPercent', {
          amount: yuanText(amount.cents),
          base: text,
          range: rangeText(k, cents),
          percent: amount.percent ?? 0,
        });
        line += `\n${t('dues.calc.source', { part: amount.part })}`;
      } else {
        const amount = monthlyDues(k, 0, farmer);
        line =
          k === 'farmer'
            ? t('dues.calc.resultFarmer', {
                amount: yuanText(amount.cents),
                min: DUES_RULES.farmer.min,
                max: DUES_RULES.farmer.max,
              })
            : t('dues.calc.resultFixed', { amount: yuanText(amount.cents) });
        line += `\n${t('dues.calc.source', { part: amount.part })}`;
      }
      result.textContent = `${line}\n${t('dues.calc.more')}`;
    };

    form.addEventListener('input', () => show(false));
    form.addEventListener('change', () => show(false));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      show(true);
    });
    form.hidden = false;
  }
}

customElements.define('dues-calculator', DuesCalculator);
