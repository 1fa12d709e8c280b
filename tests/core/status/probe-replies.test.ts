/** Everyday replies in fifteen languages, written without mail by a session that never read this code (2026-12-06 probe): the ones first unread. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { mail } from './mail';

describe('classifyClientReply: replies of the thirteenth session\'s probe, written on Wednesday 2 December 2026', () => {
  it.each([
    ["fr", "Oups, ça m'était complètement sorti de la tête ! Je m'en occupe en fin de semaine, vendredi au plus tard c'est viré.", 'promise', "2026-12-04"],
    ["en", "We've been billed twice for the November callout, F-2026-0412 duplicates 0398 which we already paid. Please cancel it and reissue.", 'dispute', null],
    ["de", "Servus, sorry, ist bei uns leider untergegangen. Ich überweis das gleich am Montag, versprochen!", 'promise', "2026-12-07"],
    ["es", "Che, mil disculpas, se me pasó. La semana que viene sin falta te lo transfiero, el lunes a más tardar.", 'promise', "2026-12-07"],
    ["it", "Domattina faccio partire il bonifico, te lo confermo appena fatto.", 'promise', "2026-12-03"],
    ["pt", "Oi, boa tarde! O boleto foi pago ontem pelo Itaú, segue o comprovante em anexo.", 'paid', null],
    ["pt", "Desculpa a demora, vou fazer o Pix na sexta sem falta.", 'promise', "2026-12-04"],
    ["nl", "Wij zullen de betaling uitvoeren tegen 20 december, zoals afgesproken met uw collega.", 'promise', "2026-12-20"],
    ["cs", "Omlouvám se, zaplatím to do konce týdne.", 'promise', "2026-12-04"],
    ["sv", "Hej! Fakturan F-2026-0412 betaldes i måndags via Swedbank, 8 450 kr. Mvh", 'paid', null],
    ["sv", "Ber om ursäkt, den har hamnat mellan stolarna. Betalar på fredag.", 'promise', "2026-12-04"],
    ["da", "F-2026-0412 blev indbetalt d. 27/11 med valørdato 30/11. Kan I bekræfte modtagelsen?", 'paid', null],
    ["da", "Jeg overfører pengene i morgen.", 'promise', "2026-12-03"],
    ["no", "Denne er allerede betalt, pengene gikk ut fra kontoen vår fredag 27. november.", 'paid', null],
    ["no", "Beklager forsinkelsen, den blir betalt innen utgangen av måneden.", 'promise', "2026-12-31"],
    ["fi", "Maksettu jo 27.11., tarkistakaa vielä tilisiirrot.", 'paid', null],
    ["el", "Το έχουμε πληρώσει από την Παρασκευή, 850€ με κατάθεση στην Πειραιώς.", 'paid', null],
    ["el", "Το ποσό στο τιμολόγιο δεν συμφωνεί με την προσφορά σας. Δεν μπορούμε να το πληρώσουμε μέχρι να διορθωθεί.", 'dispute', null],
    ["tr", "Ay sonunda ödeme yapılacak, muhasebe öyle dedi.", 'promise', "2026-12-31"],
    ["tr", "Faturadaki tutar yanlış, anlaştığımız fiyat bu değildi. Düzeltilmiş fatura gönderin lütfen.", 'dispute', null],
  ] as const)('%s: %s', (_lang, text, kind, date) => {
    const r = classifyClientReply(mail({ text, date: '2026-12-02' }));
    expect(r.kind).toBe(kind);
    if (date) expect(r.promisedCandidates).toContain(date);
  });
});

/**
 * The fourteenth session's probe (2026-12-06): 84 replies in Hungarian, Croatian, Bulgarian, Slovak, Estonian, Latvian, Lithuanian,
 * Ukrainian, Russian, Luxembourgish, Hebrew, Arabic, Japanese and Korean, written without mail; 22 were unread at first.
 * ("other" stands for anything that is no payment, promise or dispute: a question, an acknowledgement.)
 */
describe('classifyClientReply: replies of the fourteenth session\'s probe, written on Wednesday 2 December 2026', () => {
  it.each([
    ["hu", "Jó napot!\nA F-2026-0412 számlát tegnap átutaltuk, 1 245 000 Ft. Mellékelem a bizonylatot.\nÜdv,\nKovács Péter", 'paid', null],
    ["hu", "Szia, bocs a csúszásért, pénteken utaljuk. Nagy Eszter", 'promise', "2026-12-04"],
    ["hu", "Tisztelt Hölgyem/Uram!\nA számla kiegyenlítése december 15-én esedékes nálunk, aznap indítjuk az utalást.\nTisztelettel,\nSzabó Gábor\npénzügy", 'promise', "2026-12-15"],
    ["hu", "Jó napot, a számlán szereplő összeg nem egyezik az árajánlattal (2 340 EUR helyett 2 890 EUR szerepel). Kérünk egy jóváíró számlát, addig nem tudjuk kifizetni.\nTóth Anna", 'dispute', null],
    ["hu", "Üdv! Továbbítottam a könyvelésnek, ők fognak jelentkezni. Horváth Zs.", 'other', null],
    ["hu", "Kérem küldjék meg újra az IBAN számot, mert a pdf-en nem olvasható. köszi\n\nIphone-ról küldve", 'other', null],
    ["hr", "Poštovani,\nuplata za račun F-2026-0412 izvršena je danas, iznos 3.450,00 EUR. U privitku potvrda.\nLp,\nIvana Babić", 'paid', null],
    ["hr", "Bok, platit ćemo u ponedjeljak, ispričavam se na kašnjenju. Marko", 'promise', "2026-12-07"],
    ["hr", "Poštovani, račun će biti plaćen do kraja mjeseca.\nS poštovanjem,\nAna Kovačević, računovodstvo", 'promise', "2026-12-31"],
    ["hr", "Dobar dan,\nroba je stigla oštećena, pola paketa je neupotrebljivo. Ne možemo platiti račun u ovom obliku, molimo odobrenje.\nTomislav Horvat", 'dispute', null],
    ["hr", "Zaprimljeno, hvala. Proslijedila sam financijama.\nPozdrav, Petra", 'other', null],
    ["hr", "pozdrav, platili smo jučer, trebalo bi vam sjesti danas-sutra. Lp Damir\n\nPoslano s mog mobitela", 'paid', null],
    ["bg", "Здравейте,\nФактура F-2026-0412 е платена вчера по банков път. Прилагам платежното нареждане.\nПоздрави,\nГеорги Иванов", 'paid', null],
    ["bg", "Здравейте, утре ще преведем сумата. Извинявайте за забавянето.\nМария", 'promise', "2026-12-03"],
    ["bg", "Добър ден,\nплащането ще бъде извършено на 10.12.2026 г.\nС уважение,\nПетя Димитрова\nСчетоводство", 'promise', "2026-12-10"],
    ["bg", "Здравейте, не сме поръчвали тези 20 бр. – в поръчката ни са 12. Моля, изпратете коригирана фактура или кредитно известие.\nНиколай", 'dispute', null],
    ["bg", "Добър ден, можете ли да ми потвърдите IBAN-а? Банката ни връща грешка. Благодаря, Стоян", 'other', null],
    ["bg", "Сумата от 4 560,00 лв не е според договора, няма да платим докато не се изясни. Иван П.", 'dispute', null],
    ["sk", "Dobrý deň,\nfaktúru F-2026-0412 sme uhradili 30.11. prevodom, suma 1 980,50 €. Potvrdenie v prílohe.\nS pozdravom\nJana Kováčová", 'paid', null],
    ["sk", "Ahoj, zaplatíme v piatok, sorry za meškanie. Peter", 'promise', "2026-12-04"],
    ["sk", "Dobrý deň, úhradu pošleme budúci týždeň.\nS pozdravom\nMartin Horváth\nekonomické oddelenie", 'promise', "2026-12-07"],
    ["sk", "Dobrý deň, časť tovaru chýbala v zásielke (2 krabice z 5). Faktúru v tejto výške neuhradíme, prosím o dobropis.\nLucia Nováková", 'dispute', null],
    ["sk", "Dobrý deň, som mimo kancelárie do 9.12. V naliehavých prípadoch kontaktujte uctaren@firma.sk.\nZuzana Baláž", 'other', null],
    ["sk", "Dobry den, uz je to zaplatene dnes rano. Dakujem, Miro", 'paid', null],
    ["et", "Tere,\narve F-2026-0412 tasusime eile, summa 2 150,00 €. Maksekorraldus manuses.\nLugupidamisega\nKadri Tamm", 'paid', null],
    ["et", "Tere! Maksame reedel ära. Vabandan viivituse pärast. Andres", 'promise', "2026-12-04"],
    ["et", "Tere,\narve läheb maksmisele 18.12.\nParimat,\nMarika Saar\nraamatupidamine", 'promise', "2026-12-18"],
    ["et", "Tere, arvel on vale summa – kokku lepiti 1 800 €, mitte 2 300 €. Palun saatke kreeditarve, praegusel kujul me ei maksa.\nToomas", 'dispute', null],
    ["et", "Tere, saime kätte, edastasin raamatupidamisse. Aitäh!\nLiis", 'other', null],
    ["et", "Kas saaksite saata oma IBANi uuesti? vanas arves oli teine konto\n\nSaadetud minu telefonist", 'other', null],
    ["lv", "Labdien,\nrēķins F-2026-0412 apmaksāts šodien, 3 120,00 EUR. Maksājuma uzdevums pielikumā.\nAr cieņu,\nInga Bērziņa", 'paid', null],
    ["lv", "Sveiki, samaksāsim pirmdien. Atvainojos par kavēšanos. Jānis", 'promise', "2026-12-07"],
    ["lv", "Labdien, rēķinu apmaksāsim līdz mēneša beigām.\nAr cieņu,\nLīga Ozola, grāmatvedība", 'promise', "2026-12-31"],
    ["lv", "Labdien, prece tika piegādāta bojāta, nosūtu bildes. Lūdzam kredītrēķinu, šādā apmērā nemaksāsim.\nAndris Kalniņš", 'dispute', null],
    ["lv", "Paldies, saņemts. Nodevu grāmatvedībai.\nAgnese", 'other', null],
    ["lv", "sveiki, vakar parskaitijam, vajadzetu but klat. Edgars", 'paid', null],
    ["lt", "Laba diena,\nsąskaitą F-2026-0412 apmokėjome vakar, 1 430,00 €. Mokėjimo pavedimas prisegtas.\nPagarbiai\nRasa Petrauskienė", 'paid', null],
    ["lt", "Sveiki, rytoj sumokėsim. Atsiprašau už vėlavimą. Tomas", 'promise', "2026-12-03"],
    ["lt", "Laba diena,\nmokėjimą atliksime gruodžio 14 d.\nPagarbiai,\nJurgita Kazlauskienė\nBuhalterija", 'promise', "2026-12-14"],
    ["lt", "Laba diena, mes šių prekių neužsakėme. Prašome anuliuoti sąskaitą arba išrašyti kreditinę sąskaitą.\nMindaugas", 'dispute', null],
    ["lt", "Sveiki, koks jūsų IBAN? Sąskaitoje nenurodytas banko rekvizitai.\nAčiū, Eglė", 'other', null],
    ["lt", "Suma neteisinga, turėjo būti 2 100 €, o ne 2 600 €. Kol nepataisysite, nemokėsim.\nDarius", 'dispute', null],
    ["uk", "Добрий день!\nРахунок F-2026-0412 оплачено сьогодні, сума 48 500,00 грн. Платіжку додаю.\nЗ повагою,\nОксана Шевченко", 'paid', null],
    ["uk", "Доброго дня, оплатимо в п'ятницю. Вибачте за затримку. Андрій", 'promise', "2026-12-04"],
    ["uk", "Добрий день,\nоплата буде наступного тижня.\nЗ повагою,\nІрина Коваленко\nбухгалтерія", 'promise', "2026-12-07"],
    ["uk", "Добрий день, частина товару пошкоджена при доставці. Рахунок у такому вигляді не оплатимо, просимо кредит-ноту.\nСергій Бондаренко", 'dispute', null],
    ["uk", "Дякую, отримали. Передала до бухгалтерії.\nНаталія", 'other', null],
    ["uk", "Вчора оплатили, перевірте будь ласка. Олег\n\nНадіслано з iPhone", 'paid', null],
    ["ru", "Добрый день!\nСчет F-2026-0412 оплачен 01.12.2026, сумма 2 750,00 евро. Платежку прикладываю.\nС уважением,\nЕлена Смирнова", 'paid', null],
    ["ru", "Здравствуйте, завтра оплатим. Извините за задержку. Дмитрий", 'promise', "2026-12-03"],
    ["ru", "Добрый день,\nоплату произведем до конца месяца.\nС уважением,\nОльга Петрова\nбухгалтерия", 'promise', "2026-12-31"],
    ["ru", "Здравствуйте, в счете неверная сумма – по договору 1 900 €, а выставлено 2 400 €. Пришлите, пожалуйста, корректировочный счет, в таком виде оплатить не можем.\nАлексей Иванов", 'dispute', null],
    ["ru", "Добрый день, я в отпуске до 14 декабря. По срочным вопросам пишите на buh@company.ru\nМарина", 'other', null],
    ["ru", "Здравствуйте, подскажите пожалуйста ваш IBAN и SWIFT, в счете не нашли. Спасибо, Игорь", 'other', null],
    ["lb", "Moien,\nd'Rechnung F-2026-0412 ass gëschter iwwerwise ginn, 1.260,00 €. De Beweis ass am Anhang.\nMat beschte Gréiss\nLaura Schmit", 'paid', null],
    ["lb", "Moien, mir bezuelen e Freideg. Sorry fir d'Verspéidung. Tom", 'promise', "2026-12-04"],
    ["lb", "Gudde Moien,\nd'Bezuelung gëtt den 15. Dezember gemaach.\nMerci a schéine Gruss\nSandra Weber\nComptabilitéit", 'promise', "2026-12-15"],
    ["lb", "Moien, d'Wuer ass beschiedegt ukomm. Mir bezuelen d'Rechnung net esou, w.e.g. eng Gutschrëft schécken.\nPaul Muller", 'dispute', null],
    ["lb", "Merci, ech hunn et un d'Comptabilitéit weidergeleet.\nGréiss, Anne", 'other', null],
    ["lb", "moien, ass haut bezuelt ginn. gréiss Jeff", 'paid', null],
    ["he", "שלום,\nחשבונית F-2026-0412 שולמה היום בהעברה בנקאית, סך 12,450.00 ₪. מצורף אישור.\nבברכה,\nדנה כהן", 'paid', null],
    ["he", "היי, נשלם ביום שני. סליחה על העיכוב. יוסי", 'promise', "2026-12-07"],
    ["he", "שלום רב,\nהתשלום יבוצע עד סוף החודש.\nבברכה,\nמיכל לוי\nהנהלת חשבונות", 'promise', "2026-12-31"],
    ["he", "שלום, הסחורה הגיעה פגומה וחלק חסר. לא נשלם את החשבונית כך, נא לשלוח זיכוי.\nאבי", 'dispute', null],
    ["he", "קיבלנו, תודה. העברתי להנהלת חשבונות.\nרוני", 'other', null],
    ["he", "אפשר בבקשה את ה-IBAN שלכם? לא מופיע בחשבונית\n\nנשלח מה-iPhone שלי", 'other', null],
    ["ar", "السلام عليكم،\nتم تحويل مبلغ الفاتورة F-2026-0412 أمس، 4,800.00 يورو. مرفق إيصال التحويل.\nمع التحية،\nأحمد السيد", 'paid', null],
    ["ar", "مرحبا، سنقوم بالدفع غدا إن شاء الله. نعتذر عن التأخير. خالد", 'promise', "2026-12-03"],
    ["ar", "تحية طيبة،\nسيتم سداد الفاتورة بتاريخ 10/12/2026.\nمع خالص التقدير،\nسارة محمد\nقسم المحاسبة", 'promise', "2026-12-10"],
    ["ar", "مرحبا، المبلغ في الفاتورة غير صحيح، المتفق عليه 3,200 يورو وليس 3,900. يرجى إرسال إشعار دائن، لن ندفع الفاتورة بهذا الشكل.\nعمر", 'dispute', null],
    ["ar", "شكرا، تم استلام رسالتكم وتحويلها إلى قسم الحسابات.\nليلى", 'other', null],
    ["ar", "تم الدفع اليوم بالتحويل البنكي. تحياتي، يوسف", 'paid', null],
    ["ja", "お世話になっております。\n請求書F-2026-0412の件、本日お振込みいたしました。金額は¥385,000です。振込明細を添付いたします。\nよろしくお願いいたします。\n山田太郎", 'paid', null],
    ["ja", "お世話になっております。今週金曜日に支払い予定です。遅れて申し訳ありません。佐藤", 'promise', "2026-12-04"],
    ["ja", "いつもお世話になっております。\nご請求の件、12月25日にお支払いいたします。\n経理部 鈴木花子", 'promise', "2026-12-25"],
    ["ja", "お世話になっております。\n届いた商品の一部が破損しておりました。このままではお支払いできかねますので、クレジットノートの発行をお願いいたします。\n田中", 'dispute', null],
    ["ja", "ご連絡ありがとうございます。経理担当に転送いたしました。\n高橋", 'other', null],
    ["ja", "恐れ入りますが、振込先のIBANを再度お送りいただけますでしょうか。\n\niPhoneから送信", 'other', null],
    ["ko", "안녕하세요,\n인보이스 F-2026-0412 어제 송금 완료했습니다. 금액 ₩3,250,000입니다. 송금증 첨부합니다.\n감사합니다.\n김민수 드림", 'paid', null],
    ["ko", "안녕하세요, 다음주 월요일에 입금하겠습니다. 늦어져서 죄송합니다. 이지은", 'promise', "2026-12-07"],
    ["ko", "안녕하세요,\n다음 주에 지급 처리 예정입니다.\n감사합니다.\n박서준 / 재무팀", 'promise', "2026-12-07"],
    ["ko", "안녕하세요, 저희는 이 제품을 주문한 적이 없습니다. 인보이스 취소 또는 크레딧 노트 부탁드립니다.\n최영호", 'dispute', null],
    ["ko", "메일 잘 받았습니다. 회계팀에 전달했습니다.\n정하나", 'other', null],
    ["ko", "금액이 견적서와 다릅니다. 확인 후 수정된 인보이스 보내주세요. 이대로는 지급 못합니다.\n한", 'dispute', null],
  ] as const)('%s: %s', (_lang, text, kind, date) => {
    const r = classifyClientReply(mail({ text, date: '2026-12-02' }));
    if (kind === 'other') expect(['other', 'question', 'ack']).toContain(r.kind);
    else expect(r.kind).toBe(kind);
    if (date) expect(r.promisedCandidates).toContain(date);
  });
});

/**
 * The fifteenth session's probes (2026-12-06): 100 replies in French (France, Belgium, Switzerland, Quebec, West Africa, the Maghreb,
 * public bodies) and 100 in English (UK, Ireland, US, Australia, India, learners from Europe and Asia), written without mail;
 * 5 and 17 were unread at first. These are the ones unread then (the rest stay as they were read).
 */
describe("classifyClientReply: replies of the fifteenth session's French and English probes, written on Wednesday 2 December 2026", () => {
  it.each([
    ["qc", "Yo, je te fais un Interac demain après ma paye. Merci d'être patient!", "promise", "2026-12-03"],
    ["mag", "Bonjour,\nJe passe à la banque lundi inchallah pour faire le virement. Merci pour votre patience.\nRachid", "promise", "2026-12-07"],
    ["public", "Bonjour,\nVotre facture sera mandatée lundi prochain, après signature de l'ordonnateur.\nCordialement,\nIntendance du collège Jean-Moulin", "promise", "2026-12-07"],
    ["uk-sms", "Sorted mate, went over last night. Ref F-2026-0412. Cheers, Gaz", "paid", null],
    ["uk-sms", "Hi Claire, cash flow a bit tight this month, can I do it on the 15th? Promise it'll be done then. Sam", "promise", "2026-12-15"],
    ["uk-sms", "Hi, this isnt right, we agreed £950 not £1,245. Can you send a corrected one pls. Mark", "dispute", null],
    ["uk-sms", "Hi Jo, ill do it monday when the money from the big job lands. Sorry again", "promise", "2026-12-07"],
    ["uk-ap", "Dear Supplier,\n\nWe operate on a fortnightly payment cycle. Your invoice F-2026-0398 has been posted and will be paid in the run on Friday 11 December.\n\nRegards,\nFinance Shared Services", "promise", "2026-12-11"],
    ["ie", "Howya, just to say I lodged the money this morning, €1,245 to the account on the invoice. Sorry for the hassle. Ciarán", "paid", null],
    ["ie", "Hello,\n\nThere seems to be a mistake here, you've charged VAT at 23% but we're VAT registered in Ireland and this should be reverse charge. Can you reissue please.\n\nThanks,\nEmer", "dispute", null],
    ["au", "G'day, paid that this arvo via EFT. Should land in a day or two. Cheers, Shane", "paid", null],
    ["au", "Hi, all sorted - transferred on the 28th. Ref F-2026-0412. Let me know if it hasn't turned up. Bec", "paid", null],
    ["au", "No worries, will get it done tomorrow arvo. Jess", "promise", "2026-12-03"],
    ["in", "Dear Sir,\n\nWe have gone through the invoice and found that the rate charged is not as per the agreed PO. Kindly revise the invoice as per PO rate and resend so that we can do the needful.\n\nRegards,\nManoj Verma\nPurchase Dept.", "dispute", null],
    ["eu", "Good morning,\n\nthe invoice F-2026-0412 is payed yesterday by bank transfer. I send you in attachment the receipt.\n\nBest regards\nGiulia Rossi", "paid", null],
    ["eu", "Hello,\n\nI think there is a mistake, in the offer was written 1.050 euro and now you ask 1.245. For me this is not correct. Please can you check and make a new invoice.\n\nRegards,\nMarco Bianchi", "dispute", null],
  ] as const)('%s: %s', (_group, text, kind, date) => {
    const r = classifyClientReply(mail({ text, date: '2026-12-02' }));
    expect(r.kind).toBe(kind);
    if (date) expect(r.promisedCandidates).toContain(date);
  });
});

/**
 * The sixteenth session's probes (2026-12-06): 100 replies in German, Spanish, Italian, Dutch and Portuguese, and 100 from large
 * companies' accounts-payable teams and systems in English and French, written without mail; 25 and 19 were unread at first.
 * These are the ones read right since (the rest stay as they were read).
 */
describe("classifyClientReply: replies of the sixteenth session's European and accounts-payable probes, written on Wednesday 2 December 2026", () => {
  it.each([
    ["de", "Sehr geehrte Damen und Herren,\n\nIhre Rechnung Nr. F-2026-0415 über EUR 3.280,50 wurde mit unserem Zahlungslauf vom 30.11.2026 angewiesen (Valuta 01.12.2026).\n\nFreundliche Grüsse\nKreditorenbuchhaltung\nAlpina Logistik AG, Zürich", 'paid', null],
    ["de", "Sehr geehrte Frau Martin,\n\ndie Rechnung F-2026-0412 ist freigegeben und für unseren Zahlungslauf am 15.12. eingeplant.\n\nMit freundlichen Grüßen\nAccounts Payable Team\nNordwerk Industrie GmbH", 'promise', ["2026-12-15"]],
    ["de", "Liebe Frau Martin,\n\ndanke für Ihre freundliche Erinnerung. Bevor wir bezahlen, müssten wir allerdings noch klären, warum die Installation als abgeschlossen abgerechnet wurde – der Drucker im 2. OG funktioniert bis heute nicht. Wir würden den Betrag gerne zurückhalten, bis das erledigt ist.\n\nHerzliche Grüße\nJulia Schmid", 'dispute', null],
    ["es", "Hola!! ya te lo pagué ayer por transferencia, mira a ver si te ha llegado. Besos, Carmen", 'paid', null],
    ["es", "Hola,\nno pienso pagar eso, el trabajo quedó a medias y nadie vino a terminarlo. Llamenme.\nJorge", 'dispute', null],
    ["it", "Gentile Sig.ra Martin,\nla ringrazio per il promemoria. Mi permetta però di farle presente che il sito non è ancora online e mancano diverse pagine concordate. Preferirei saldare a lavoro completato.\nUn cordiale saluto\nAlessandra Moretti", 'dispute', null],
    ["it", "Buongiorno,\n\nnon ci risulta alcun ordine a voi intestato. Vi preghiamo di verificare e, se del caso, di annullare la fattura.\n\nDistinti saluti\nAmministrazione\nStudio Legale Esposito", 'dispute', null],
    ["nl", "hoi, nog niet betaald nee, sorry. doe het morgen. grt Mark", 'promise', ["2026-12-03"]],
    ["nl", "Geachte mevrouw Martin,\n\nWij zullen uw factuur voor het einde van de maand voldoen.\n\nMet vriendelijke groet,\nW. Smit\nDirecteur, Smit Transport B.V.", 'promise', ["2026-12-31"]],
    ["nl", "Beste mevrouw Martin,\n\nBedankt voor uw herinnering. Wel willen we even aankaarten dat de voorrijkosten volgens de offerte inbegrepen zouden zijn, maar toch apart gefactureerd zijn. Zou u hiernaar willen kijken voordat wij betalen?\n\nVriendelijke groet,\nPieter van Dijk", 'dispute', null],
    ["nl", "Hallo, wij hebben hier nooit opdracht voor gegeven?? Graag deze factuur intrekken.\nGroet, Ahmed", 'dispute', null],
    ["pt", "Bom dia,\n\nInformamos que a fatura F-2026-0412, no valor de 1.760,00 €, foi paga hoje por transferência bancária. Segue em anexo o comprovativo.\n\nCom os melhores cumprimentos,\nAna Ferreira\nDepartamento Financeiro\nFerreira & Filhos, Lda.", 'paid', null],
    ["pt", "Prezada Claire,\n\nJá agendamos o pagamento da fatura F-2026-0412 para o dia 10/12.\n\nAtenciosamente,\nFernanda Lima\nFinanceiro – Lima Tecnologia Ltda.", 'promise', ["2026-12-10"]],
    ["pt", "oi, ainda nao paguei nao, desculpa. segunda feira sem falta. bjs Juliana", 'promise', ["2026-12-07"]],
    ["pt", "Exmos. Senhores,\n\nVamos regularizar a fatura até ao final do mês.\n\nCom os melhores cumprimentos,\nManuel Rodrigues\nGerente, Rodrigues Têxteis", 'promise', ["2026-12-31"]],
    ["pt", "Prezada Sra. Martin,\n\nAgradecemos o lembrete. Gostaríamos, no entanto, de esclarecer um ponto antes do pagamento: recebemos apenas 8 das 10 caixas faturadas. Poderia, por gentileza, ajustar a fatura?\n\nAtenciosamente,\nPatrícia Alves\nDistribuidora Sul Ltda.", 'dispute', null],
    ["pt", "Bom dia,\n\nNão reconhecemos esta fatura, não temos nenhuma encomenda convosco. Agradecemos a sua anulação.\n\nCumprimentos,\nContabilidade – Marques & Silva", 'dispute', null],
    ["en", "Good morning, I have checked with treasury: the payment for your invoice F-2026-0401 cleared on 27 November. The remittance was emailed to the address on your vendor master, I am resending it here. Thanks, Priya Raman, P2P Operations, Chennai", 'paid', null],
    ["en", "Hello, invoice F-2026-0410 is posted and will be included in the month-end payment run. Regards, Deepa, Vendor Payments, Bangalore", 'promise', ["2026-12-31"]],
    ["en", "Dear Partner, we acknowledge your reminder. Invoice F-2026-0406 has been released for payment and will be paid by 11/12/2026 at the latest. Kind regards, Accounts Payable Team, Casablanca", 'promise', ["2026-12-11"]],
    ["en", "Dear Supplier, invoice F-2026-0423 appears to be a duplicate of F-2026-0397, which was already paid on 13/11. We are rejecting it in our system. Regards, Accounts Payable", 'dispute', null],
    ["en", "Hello, I'm afraid this is the second time we've received a bill for the October maintenance. The original (F-2026-0371) was paid in full. Please cancel F-2026-0428. Regards, Accounts Payable Team, Mumbai", 'dispute', null],
    ["en", "Dear Vendor, we have approved the other two invoices for payment on the next run, but F-2026-0411 remains blocked: the delivery note shows 12 pallets while you invoiced 14. Please advise. Kind regards, AP Porto", 'dispute', null],
    ["en", "Hello, your invoice was paid? Not yet — sorry, I can't see it in our system at all. Could you confirm which entity it was addressed to? Regards, Shreya, P2P Hyderabad", 'other', null],
    ["fr", "Bonjour, la facture F-2026-0423 fait doublon avec la facture F-2026-0397 déjà réglée le 13/11. Nous la rejetons. Cordialement, Service comptable", 'dispute', null],
  ] as const)('%s: %s', (_group, text, kind, dates) => {
    const r = classifyClientReply(mail({ text, date: '2026-12-02' }));
    if (kind === 'other') expect(['other', 'question', 'ack']).toContain(r.kind);
    else expect(r.kind).toBe(kind);
    if (dates) expect(r.promisedCandidates.some((d) => (dates as readonly (string | null)[]).includes(d))).toBe(true);
  });
});
