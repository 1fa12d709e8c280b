/** Our own reminders in sixteen languages, written without mail by a session that never read this code (2026-12-06 probe): the ones first unread, and the non-reminders of the same languages. */
import { describe, expect, it } from 'vitest';
import { classifyOwnFollowUp } from '../../../shared/core/status/classify-reply';
import { mail } from './mail';

const own = (text: string) => classifyOwnFollowUp(mail({ text, subject: 'Re: Facture FA-2026-0412' }));

describe('classifyOwnFollowUp: reminders of the thirteenth session\'s probe', () => {
  it.each([
    ["pt", "Exmos. Senhores, esgotadas as tentativas de resolução amigável, informamos que, caso o montante de 5.980,00 € não seja pago no prazo de oito dias, serão cobrados juros de mora à taxa legal e o processo será remetido para cobrança judicial."],
    ["pl", "Dzień dobry Panie Tomaszu, uprzejmie informuję, że do dnia dzisiejszego nie odnotowaliśmy wpłaty za fakturę nr FA-2026-0371 na kwotę 4 250,00 zł. Czy mógłby Pan podać przewidywany termin płatności?"],
    ["pl", "Pomimo wcześniejszych przypomnień faktura FA-2026-0297 nadal pozostaje nieuregulowana. Prosimy o zapłatę najpóźniej do 23 kwietnia, w przeciwnym razie wstrzymamy realizację kolejnych zamówień."],
    ["pl", "Niniejszym wzywamy do zapłaty kwoty 18 600,00 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych w terminie 7 dni od otrzymania niniejszego wezwania. Brak wpłaty spowoduje skierowanie sprawy na drogę postępowania sądowego bez dalszego uprzedzenia."],
    ["cs", "Dobrý den, paní Novotná, dovolujeme si Vás upozornit, že faktura č. 2026-0382 na částku 23 400 Kč byla splatná 20. března a dosud jsme neobdrželi úhradu. Mohla byste nám sdělit, kdy můžeme platbu očekávat?"],
    ["cs", "Vážení, tímto Vás naposledy vyzýváme k úhradě dlužné částky 86 500 Kč. Pokud nebude uhrazena do 10 dnů od doručení této výzvy, budeme účtovat zákonný úrok z prodlení a pohledávku předáme k vymáhání právní cestou."],
    ["da", "Kære Louise, vi kan se, at faktura nr. 2026-0348 på 9.750,00 kr. endnu ikke er betalt, selvom forfaldsdatoen var den 15. marts. Vil du give os besked om, hvornår vi kan forvente betalingen?"],
    ["no", "Hei Ingrid, vi ser at faktura 2026-0364 på kr 11 250,- forfalt 31. mars og fortsatt ikke er betalt. Kan du gi oss beskjed om når vi kan forvente innbetaling?"],
    ["fi", "Hyvä Laura, kirjanpitomme mukaan lasku nro 2026-0352 (1 390,00 €) erääntyi 20.3. eikä siihen ole vielä kirjautunut suoritusta. Voisitko kertoa, milloin maksu on tulossa?"],
    ["fi", "Aiemmasta muistutuksesta huolimatta lasku FA-2026-0269 on edelleen avoinna. Pyydämme suorittamaan maksun viimeistään 24.4., muuten joudumme keskeyttämään toimitukset."],
    ["ro", "Bună Andrei, te rog să arunci un ochi pe factura FA-2026-0412, figurează încă neplătită la noi. Mersi mult!"],
    ["ro", "Prin prezenta vă notificăm că, în lipsa achitării sumei de 27.800,00 lei în termen de 15 zile de la primirea acestei somații, vom calcula penalități de întârziere conform contractului și ne vom adresa instanței de judecată pentru recuperarea creanței, inclusiv a cheltuielilor aferente."],
    ["el", "Με την παρούσα σας καλούμε να καταβάλετε εντός οκτώ ημερών το οφειλόμενο ποσό των 13.500,00 € του τιμολογίου FA-2026-0188. Σε αντίθετη περίπτωση θα επιβαρυνθείτε με τόκους υπερημερίας και θα προβούμε σε όλες τις νόμιμες ενέργειες για τη διασφάλιση των συμφερόντων μας."],
    ["tr", "Merhaba Emre Bey, FA-2026-0412 numaralı fatura bizde hâlâ açık görünüyor, bir bakabilir misiniz? Kolay gelsin."],
    ["tr", "Sayın Ayşe Hanım, kayıtlarımıza göre 15 Mart vadeli 2026-0393 numaralı 38.500,00 TL tutarlı faturanın ödemesi henüz tarafımıza ulaşmamıştır. Ödemenin ne zaman yapılacağı konusunda bilgi verebilir misiniz?"],
    ["tr", "İşbu ihtar ile, 126.000,00 TL tutarındaki borcunuzun 7 gün içinde ödenmemesi halinde yasal gecikme faizi işletileceğini ve alacağımızın tahsili için hukuki yollara başvurulacağını bildiririz."],
  ])('%s: %s', (_lang, text) => {
    expect(own(text)).toBe('reminder');
  });

  it.each([
    ["pt", "Olá Ana, recebemos hoje a transferência referente à fatura FA-2026-0412. Muito obrigada e até à próxima!"],
    ["pl", "Dzień dobry, w załączniku przesyłam duplikat faktury FA-2026-0412, o który Pani prosiła. Pozdrawiam serdecznie"],
    ["cs", "Dobrý den, číslo objednávky k této faktuře je OBJ-5521, omlouváme se, že na faktuře chybělo. Opravenou verzi posíláme v příloze."],
    ["da", "Hej Søren, det er helt fint med os – vi noterer den nye betalingsdato den 5. maj, som du foreslog. God dag!"],
    ["no", "Hei, her er kopi av faktura FA-2026-0412 som du ba om. Si fra hvis det er noe mer du trenger."],
    ["fi", "Hei, tässä pyytämänne tilinumero: FI21 1234 5600 0007 85. Viitteeksi laskun numero FA-2026-0412. Kiitos!"],
    ["ro", "Vă mulțumim, am primit plata pentru factura FA-2026-0412. O zi bună!"],
    ["el", "Καλησπέρα, σας στέλνω συνημμένα αντίγραφο του τιμολογίου FA-2026-0412 όπως μου ζητήσατε. Είμαι στη διάθεσή σας για οτιδήποτε άλλο."],
    ["tr", "Merhaba, sorduğunuz sipariş numarası PO-4471; faturanın düzeltilmiş halini ekte gönderiyorum. İyi çalışmalar."],
  ])('%s, no reminder: %s', (_lang, text) => {
    expect(own(text)).not.toBe('reminder');
  });
});
