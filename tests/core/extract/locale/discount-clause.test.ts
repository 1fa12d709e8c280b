/** Cash-discount clauses give a discount's day count or date: never the terms nor the due date. */
import { describe, expect, it } from 'vitest';
import { isDiscountDate } from '../../../../shared/core/extract/locale/discount-clause';
import { fold } from '../../../../shared/core/text/fold';

/** Whether the date written `date` in `text` is read as a discount's date. */
function discountDate(text: string, date: string): boolean {
  const folded = fold(text);
  const index = folded.indexOf(date);
  return isDiscountDate(folded, index, index + date.length);
}

describe('isDiscountDate', () => {
  it.each([
    ['Bei Zahlung bis 05.03.2027 gewähren wir 3 % Skonto.', '05.03.2027'],
    ['Skonto 2 % bis zum 05.03.2027', '05.03.2027'],
    ['Escompte de 1,5 % pour tout paiement avant le 05/03/2027.', '05/03/2027'],
    ['A 2% early payment discount applies if paid by 05/03/2027.', '05/03/2027'],
    ['Sconto del 2% per pagamento entro il 05/03/2027', '05/03/2027'],
    ['Descuento por pronto pago del 2 % antes del 05/03/2027', '05/03/2027'],
    ['Bij betaling voor 05-03-2027 2% korting', '05-03-2027'],
  ])('%s', (text, date) => {
    expect(discountDate(text, date)).toBe(true);
  });

  it.each([
    ['Échéance : 31/03/2027 – escompte de 2 % pour paiement avant le 10/03/2027', '31/03/2027'],
    ['Due date: 31/03/2027. No discount for early payment.', '31/03/2027'],
    ['Fällig am 31.03.2027 ohne Skonto', '31.03.2027'],
    ['Scadenza 31/03/2027 (sconto 2% entro il 10/03/2027)', '31/03/2027'],
    ['Payable avant le 31/03/2027.', '31/03/2027'],
  ])('%s: the due date', (text, date) => {
    expect(discountDate(text, date)).toBe(false);
  });
});
