import { describe, expect, it } from 'vitest';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';

// Invoices written in Japanese and Korean (a Paris showroom billing its Asian brands): labels, dates, yen and won,
// terms, and the replies and reminders that follow them (held-out EK).
const me = ['showroom-rivoli.example'];
const from = 'Aiko Tanaka <aiko@showroom-rivoli.example>';

describe('an invoice written in Japanese', () => {
  const invoice = message({
    id: '<ja-1@test>',
    from,
    to: ['佐藤 美咲 <keiri@kurokawa.example.jp>'],
    subject: '請求書 B7C41E09-0008（2,676,000円、お支払期限 2026年5月29日）',
    text: '株式会社クロカワアトリエ\n佐藤 美咲様\n\nFW26シーズンのコミッションにつきまして、請求書（No. B7C41E09-0008）をお送りいたします。\n\n請求日：2026年3月30日\nご請求金額：2,676,000円\nお支払期限：2026年5月29日\nお振込先：FR76 3000 4028 3700 0108 5214 592\n\nご確認のほど、よろしくお願い申し上げます。',
    date: '2026-03-30T18:01:55+02:00',
  });

  it('gives its number, amount in yen, dates', async () => {
    const [r] = await scanMessages([invoice], { me, today: '2026-11-24' });
    expect(r).toMatchObject({ invoiceNumber: 'B7C41E09-0008', amount: 2676000, currency: 'JPY', issueDate: '2026-03-30', dueDate: '2026-05-29' });
  });

  it('counts our Japanese reminder, and the client\'s promise to transfer on a date', async () => {
    const reminder = message({ from, to: ['keiri@kurokawa.example.jp'], subject: 'Re: 請求書 B7C41E09-0008', inReplyTo: '<ja-1@test>', date: '2026-06-29T11:18:46+02:00',
      text: '佐藤 美咲様\n\n請求書 B7C41E09-0008（2,676,000円）につきまして、お支払期限の2026年5月29日を過ぎておりますが、まだご入金が確認できておりません。ご確認いただけますでしょうか。' });
    const promise = message({ from: '佐藤 美咲 <keiri@kurokawa.example.jp>', to: [from], subject: 'Re: 請求書 B7C41E09-0008', inReplyTo: '<ja-1@test>', date: '2026-11-20T09:44:16+09:00',
      text: '田中様\n\nお世話になっております。\n2026年12月7日にお振込み予定でございます。' });
    const [r] = await scanMessages([invoice, reminder, promise], { me, today: '2026-11-24' });
    expect(r).toMatchObject({ remindersSent: 1, status: 'promised', promisedDate: '2026-12-07' });
  });
});

describe('an invoice written in Korean', () => {
  const invoice = message({
    id: '<ko-1@test>',
    from,
    to: ['이수민 <acct@ondo.example.kr>'],
    subject: '인보이스 SR-2026-0428 – 68,700,000원',
    text: '이수민님 안녕하세요,\nShowroom Rivoli입니다.\nFW26 시즌 커미션 관련 인보이스(SR-2026-0428)를 보내드립니다.\n발행일: 2026년 7월 20일\n청구 금액: 68,700,000원\n지급 조건: 월말 마감 후 45일\n확인 부탁드립니다.',
    date: '2026-07-20T15:16:32+02:00',
  });

  it('gives its number, amount in won, issue date and the due date of "월말 마감 후 45일"', async () => {
    const [r] = await scanMessages([invoice], { me, today: '2026-11-24' });
    expect(r).toMatchObject({ invoiceNumber: 'SR-2026-0428', amount: 68700000, currency: 'KRW', issueDate: '2026-07-20' });
    expect(['2026-09-30', '2026-09-14']).toContain(r!.dueDate);
  });

  it('counts our Korean reminders and reads the client\'s "송금 예정입니다" as a promise', async () => {
    const first = message({ from, to: ['acct@ondo.example.kr'], subject: 'Re: 인보이스 SR-2026-0428', inReplyTo: '<ko-1@test>', date: '2026-10-02T09:18:58+02:00',
      text: '이수민님 안녕하세요,\n인보이스 SR-2026-0428(68,700,000원)의 지급기한(2026년 9월 30일)이 지났으나 아직 입금이 확인되지 않았습니다. 확인 부탁드립니다.' });
    const second = message({ from, to: ['acct@ondo.example.kr'], subject: 'Re: 인보이스 SR-2026-0428', inReplyTo: '<ko-1@test>', date: '2026-10-20T09:18:58+02:00',
      text: '이수민님,\n지난 메일에 이어 다시 연락드립니다. 인보이스 SR-2026-0428(68,700,000원)가 아직 미결제 상태입니다. 이번 주 안으로 송금 부탁드립니다.' });
    const promise = message({ from: '이수민 <acct@ondo.example.kr>', to: [from], subject: 'Re: 인보이스 SR-2026-0428', inReplyTo: '<ko-1@test>', date: '2026-11-21T16:14:37+09:00',
      text: '안녕하세요,\n2026년 12월 9일에 송금 예정입니다.\n이수민' });
    const [r] = await scanMessages([invoice, first, second, promise], { me, today: '2026-11-24' });
    expect(r).toMatchObject({ remindersSent: 2, status: 'promised', promisedDate: '2026-12-09' });
  });

  it('reads "송금했습니다" as paid', async () => {
    const paid = message({ from: '이수민 <acct@ondo.example.kr>', to: [from], subject: 'Re: 인보이스 SR-2026-0428', inReplyTo: '<ko-1@test>', date: '2026-11-21T16:14:37+09:00', text: '안녕하세요,\n오늘 송금했습니다.\n이수민' });
    const [r] = await scanMessages([invoice, paid], { me, today: '2026-11-24' });
    expect(r!.status).toBe('paid');
  });
});

describe('a commission statement that says it is no invoice', () => {
  it.each([
    ['FW26 final commission statement (for your review)', 'Hi Dahye,\nAttached the final FW26 order recap. Net orders EUR 96,540.00, commission 12% = EUR 11,584.80. Please confirm the figures and we will issue the invoice.'],
    ['Estratto provvigioni SS27 – ordini confermati al 31/10', 'Ciao Giulia,\nti mando l\u2019estratto degli ordini SS27 confermati (totale netto € 184.300,00, provvigione 10% = € 18.430,00). Non è una fattura: la fattura seguirà dopo le consegne.'],
    ['SS27 受注明細（コミッション計算書）', '佐藤様\nSS27の受注明細とコミッション計算書をお送りいたします（請求書ではございません）。\n受注合計：32,400,000円／コミッション10%：3,240,000円\n請求書は出荷完了後に発行いたします。'],
  ])('%s is not reported', async (subject, text) => {
    const found = await scanMessages([message({ from, to: ['client@brand.example'], subject, text, date: '2026-10-28T18:24:56+01:00' })], { me, today: '2026-11-24' });
    expect(found).toEqual([]);
  });
});
