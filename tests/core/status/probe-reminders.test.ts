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

/**
 * The fourteenth session's probe (2026-12-06): 84 messages of ours in Hungarian, Croatian, Bulgarian, Slovak, Estonian, Latvian,
 * Lithuanian, Ukrainian, Russian, Slovenian, Serbian, Luxembourgish, Hebrew and Arabic, written without mail; 35 of the 56
 * reminders were unread at first, all now, and the 28 answers and thanks are still none.
 */
describe("classifyOwnFollowUp: reminders of the fourteenth session's probe", () => {
  it.each([
    ["hu", "Tisztelt Partnerünk! Szeretnénk emlékeztetni, hogy az FA-2026-0412 számú, 1 250 000 Ft összegű számlánk fizetési határideje március 15-én lejárt. Amennyiben az utalás már megtörtént, kérjük, tekintse levelünket tárgytalannak. Üdvözlettel: Dupont Kft. pénzügy"],
    ["hu", "Kedves Kovács Úr! Második alkalommal jelezzük, hogy az FA-2026-0388 számú számla (3 480,00 EUR) továbbra is kiegyenlítetlen. Kérjük, hogy a tartozást legkésőbb 8 napon belül rendezze, vagy jelezze, ha bármilyen probléma merült fel a számlával kapcsolatban."],
    ["hu", "Fizetési felszólítás – utolsó értesítés. Tisztelt Hölgyem/Uram! Többszöri megkeresésünk ellenére az FA-2026-0412 sz. számla ellenértéke, 2 950 000 Ft, a mai napig nem érkezett meg. Felhívjuk figyelmét, hogy amennyiben a teljes összeg 2026. május 10-ig nem kerül jóváírásra, az ügyet behajtás céljából jogi képviselőnknek adjuk át, és késedelmi kamatot, valamint 40 eurós behajtási költségátalányt érvényesítünk."],
    ["hu", "Szia Péter, csak rákérdeznék: megkaptátok a múlt havi számlánkat? Még nem látjuk a befizetést a könyvelésben. Köszi előre!"],
    ["hr", "Poštovani, ljubazno Vas podsjećamo da je račun br. FA-2026-0412 na iznos od 4.320,00 EUR dospio 28. ožujka 2026. Ako ste plaćanje već izvršili, molimo zanemarite ovu poruku. Srdačan pozdrav"],
    ["hr", "Poštovani gospodine Horvat, unatoč našem podsjetniku od prošlog tjedna, još nismo zaprimili uplatu po računu FA-2026-0377. Molimo Vas da dug podmirite u roku od 7 dana ili nas obavijestite postoji li neki problem."],
    ["hr", "OPOMENA PRED TUŽBU. Poštovani, ovim Vas posljednji put pozivamo da u roku od 8 dana od primitka ove opomene podmirite dospjelo dugovanje u iznosu od 12.760,50 EUR po računu FA-2026-0412. U protivnom ćemo bez daljnje obavijesti pokrenuti postupak prisilne naplate putem odvjetnika, uz zakonske zatezne kamate i naknadu troškova naplate od 40 EUR."],
    ["hr", "Bok Ivana, samo kratka provjera – je li naš račun od ožujka prošao kod vas na odobrenje? Na izvatku još ne vidimo uplatu. Hvala!"],
    ["bg", "Уважаеми г-н Петров, бихме искали да Ви напомним, че срокът за плащане на фактура № FA-2026-0412 на стойност 3 000,00 евро изтече на 20 март. Ако вече сте извършили плащането, моля, не обръщайте внимание на това съобщение. С уважение"],
    ["bg", "Здравейте, все още не сме получили плащане по фактура FA-2026-0391, въпреки напомнянето ни от 2 април. Моля, погрижете се сумата от 2 450,00 евро да бъде преведена до края на седмицата или ни уведомете, ако има проблем с фактурата."],
    ["bg", "ПОСЛЕДНА ПОКАНА ЗА ДОБРОВОЛНО ПЛАЩАНЕ. Уважаеми госпожи и господа, въпреки многократните ни напомняния задължението Ви по фактура № FA-2026-0412 в размер на 9 340,00 евро остава неплатено. Ако сумата не постъпи по сметката ни в 7-дневен срок от получаването на настоящото писмо, ще бъдем принудени да предадем вземането на колекторска агенция и да потърсим законната лихва за забава, както и обезщетение за разходи по събирането в размер на 40 евро."],
    ["bg", "Здрасти, Мария, дали може да провериш какво става с нашата фактура от февруари? При нас все още е отбелязана като неплатена. Благодаря предварително!"],
    ["sk", "Dobrý deň, dovoľujeme si Vás upozorniť, že faktúra č. FA-2026-0412 vo výške 1 980,00 € bola splatná 15. 3. 2026. Ak ste už platbu odoslali, považujte prosím tento e-mail za bezpredmetný. S pozdravom"],
    ["sk", "Vážený pán Novák, napriek našej predchádzajúcej upomienke evidujeme faktúru FA-2026-0366 stále ako neuhradenú. Prosíme Vás o úhradu dlžnej sumy 4 215,60 € najneskôr do 30. apríla 2026. V prípade nejasností nás neváhajte kontaktovať."],
    ["sk", "Predžalobná výzva. Vážení, napriek opakovaným upomienkam ste doposiaľ neuhradili faktúru č. FA-2026-0412 na sumu 7 350,00 €. Týmto Vás naposledy vyzývame na úhradu celej dlžnej sumy do 5 dní od doručenia tejto výzvy. V opačnom prípade postúpime pohľadávku inkasnej spoločnosti a budeme si uplatňovať úroky z omeškania a paušálnu náhradu nákladov spojených s uplatnením pohľadávky vo výške 40 €."],
    ["sk", "Ahoj Martin, len sa chcem opýtať, či k vám dorazila naša faktúra za marec – zatiaľ nevidíme platbu. Vďaka!"],
    ["et", "Tere! Tuletame sõbralikult meelde, et arve nr FA-2026-0412 summas 2 640,00 € maksetähtaeg oli 31. märtsil. Kui olete juba tasunud, palun jätke see kiri tähelepanuta. Parimate soovidega"],
    ["et", "Lugupeetud hr Tamm, vaatamata meie eelmisele meeldetuletusele ei ole arvet FA-2026-0359 veel tasutud. Palume tasuda võlgnevus 1 175,40 € hiljemalt 7 päeva jooksul või anda meile teada, kui arvega on mingi probleem."],
    ["et", "VIIMANE MAKSEMEELDETULETUS. Lugupeetud klient, hoolimata korduvatest meeldetuletustest on arve nr FA-2026-0412 summas 6 900,00 € endiselt tasumata. Kui summa ei laeku meie kontole 10 päeva jooksul, anname nõude üle inkassofirmale ning nõuame viivist ja 40-eurost hüvitist sissenõudmiskulude eest."],
    ["et", "Tere, Kadri! Kas saaksid palun vaadata, mis seis meie veebruari arvega on? Meil on see veel maksmata nimekirjas. Aitäh!"],
    ["lv", "Labdien! Atgādinām, ka rēķina Nr. FA-2026-0412 par summu 3 150,00 EUR apmaksas termiņš bija 2026. gada 20. martā. Ja maksājums jau ir veikts, lūdzu, neņemiet vērā šo vēstuli. Ar cieņu"],
    ["lv", "Cienījamais Bērziņa kungs! Neskatoties uz mūsu iepriekšējo atgādinājumu, rēķins FA-2026-0384 joprojām nav apmaksāts. Lūdzam samaksāt parādu 2 480,00 EUR apmērā nedēļas laikā vai informēt mūs, ja ir radušās kādas problēmas."],
    ["lv", "PĒDĒJAIS BRĪDINĀJUMS PIRMS TIESVEDĪBAS. Godātās dāmas un kungi! Neraugoties uz atkārtotiem atgādinājumiem, rēķins Nr. FA-2026-0412 par summu 8 725,00 EUR vēl joprojām nav apmaksāts. Ja pilna summa netiks ieskaitīta mūsu kontā 10 dienu laikā, mēs būsim spiesti nodot parādu piedziņas uzņēmumam un pieprasīt likumiskos nokavējuma procentus, kā arī 40 EUR kompensāciju par piedziņas izmaksām."],
    ["lv", "Sveika, Ilze! Vai vari, lūdzu, paskatīties, kā ir ar mūsu marta rēķinu? Pie mums maksājums vēl nav redzams. Paldies!"],
    ["lt", "Laba diena, norėtume priminti, kad sąskaitos faktūros Nr. FA-2026-0412 (suma – 2 780,00 Eur) apmokėjimo terminas suėjo kovo 25 d. Jei jau apmokėjote, prašome į šį laišką nekreipti dėmesio. Pagarbiai"],
    ["lt", "Gerb. p. Kazlauskai, nepaisant ankstesnio mūsų priminimo, sąskaita FA-2026-0371 vis dar neapmokėta. Prašome sumokėti 1 640,50 Eur skolą per 7 dienas arba praneškite mums, jei kyla kokių nors neaiškumų."],
    ["lt", "PASKUTINIS ĮSPĖJIMAS. Gerbiamieji, nepaisant pakartotinių priminimų, sąskaita faktūra Nr. FA-2026-0412, kurios suma 11 200,00 Eur, iki šiol neapmokėta. Jei visa suma nebus pervesta per 5 darbo dienas, būsime priversti perduoti skolą išieškojimo bendrovei ir kreiptis į teismą, reikalaudami palūkanų už pavėluotą mokėjimą bei 40 Eur kompensacijos už išieškojimo išlaidas."],
    ["lt", "Sveika, Rasa, gal galėtum pažiūrėti, kas vyksta su mūsų vasario sąskaita? Mokėjimo kol kas nematome. Ačiū!"],
    ["uk", "Добрий день! Нагадуємо, що термін оплати рахунку № FA-2026-0412 на суму 3 400,00 EUR минув 18 березня. Якщо оплату вже здійснено, просимо не зважати на цей лист. З повагою"],
    ["uk", "Шановний пане Олександре, незважаючи на наше попереднє нагадування, рахунок FA-2026-0393 досі не оплачено. Просимо погасити заборгованість у розмірі 2 150,00 EUR протягом 5 робочих днів або повідомити нас, якщо виникли якісь питання."],
    ["uk", "ДОСУДОВА ВИМОГА. Шановні панове! Попри неодноразові нагадування, заборгованість за рахунком № FA-2026-0412 у сумі 15 800,00 EUR залишається непогашеною. У разі ненадходження коштів протягом 7 календарних днів ми будемо змушені звернутися до суду та вимагати сплати пені за прострочення платежу, а також компенсації витрат на стягнення в розмірі 40 євро."],
    ["uk", "Привіт, Оксано! Підкажи, будь ласка, чи наш рахунок за березень уже в черзі на оплату? Поки що не бачимо надходження. Дякую!"],
    ["ru", "Добрый день! Позвольте напомнить, что срок оплаты счёта № FA-2026-0412 на сумму 4 750,00 евро истёк 15 марта. Если оплата уже произведена, просим не обращать внимания на это письмо. С уважением"],
    ["ru", "Уважаемый Сергей Николаевич! Мы уже напоминали Вам о неоплаченном счёте FA-2026-0380, однако платёж до сих пор не поступил. Просим перечислить задолженность в размере 3 260,00 евро до конца текущей недели."],
    ["ru", "ПРЕТЕНЗИЯ. Уважаемые господа! Несмотря на неоднократные напоминания, задолженность по счёту № FA-2026-0412 в размере 21 400,00 евро до сих пор не погашена. Если денежные средства не поступят на наш расчётный счёт в течение 10 дней с даты получения настоящей претензии, мы будем вынуждены обратиться в суд с требованием взыскать сумму долга, проценты за просрочку платежа и фиксированную компенсацию расходов на взыскание в размере 40 евро."],
    ["ru", "Андрей, привет! Не подскажешь, что там с нашим счётом за февраль? Оплата к нам пока не пришла. Спасибо!"],
    ["sl", "Spoštovani, prijazno vas opozarjamo, da je račun št. FA-2026-0412 v znesku 2.340,00 EUR zapadel v plačilo 31. 3. 2026. Če ste račun že poravnali, prosimo, da to sporočilo prezrete. Lep pozdrav"],
    ["sl", "Spoštovani g. Novak, kljub našemu prejšnjemu opominu račun FA-2026-0362 še vedno ni plačan. Prosimo vas, da dolgovani znesek 1.875,00 EUR poravnate v 8 dneh oziroma nam sporočite, če je z računom kaj narobe."],
    ["sl", "ZADNJI OPOMIN PRED IZTERJAVO. Spoštovani, kljub večkratnim opominom računa št. FA-2026-0412 v znesku 9.980,00 EUR še niste poravnali. Če znesek ne bo nakazan na naš račun v 8 dneh od prejema tega opomina, bomo terjatev predali v sodno izterjavo in zahtevali zakonske zamudne obresti ter pavšalno nadomestilo izterjevalnih stroškov v višini 40 EUR."],
    ["sl", "Živjo Maja, a lahko prosim preveriš, kaj je z našim računom za marec? Plačila še ne vidimo. Hvala!"],
    ["sr", "Poštovani, ljubazno vas podsećamo da je rok za plaćanje fakture br. FA-2026-0412 u iznosu od 285.000,00 RSD istekao 20. marta. Ukoliko ste uplatu već izvršili, molimo vas da zanemarite ovu poruku. Srdačan pozdrav"],
    ["sr", "Poštovani gospodine Jovanoviću, uprkos našem prethodnom podsetniku, faktura FA-2026-0374 još uvek nije plaćena. Molimo vas da dugovani iznos od 3.120,00 EUR izmirite u roku od 7 dana ili nas obavestite ako postoji neki problem."],
    ["sr", "OPOMENA PRED UTUŽENJE. Poštovani, i pored više opomena, dugovanje po fakturi br. FA-2026-0412 u iznosu od 14.500,00 EUR nije izmireno. Ukoliko uplata ne bude evidentirana na našem računu u roku od 8 dana od prijema ove opomene, pokrenućemo postupak prinudne naplate preko advokata, uz obračun zakonske zatezne kamate i naknade troškova naplate od 40 EUR."],
    ["sr", "Ćao Milane, samo da proverim – da li je naša faktura za februar prošla kod vas? Još ne vidimo uplatu. Hvala unapred!"],
    ["lb", "Léif Madame, léiwen Här, mir erlaben eis, Iech drun z'erënneren, datt d'Rechnung Nr. FA-2026-0412 iwwer 1.950,00 € de 15. Mäerz fälleg war. Falls Dir d'Bezuelung schonn ausgeféiert hutt, betruecht dëse Message w.e.g. als ongülteg. Mat beschte Gréiss"],
    ["lb", "Léiwen Här Weber, trotz eiser leschter Erënnerung hu mir bis elo nach keng Bezuelung fir d'Rechnung FA-2026-0370 kritt. Mir bieden Iech, de Betrag vun 2.680,00 € bannent aacht Deeg z'iwwerweisen oder eis Bescheed ze soen, wann et e Problem gëtt."],
    ["lb", "LESCHT MAHNUNG. Sehr geéiert Dammen an Hären, trotz méi Erënnerungen ass d'Rechnung Nr. FA-2026-0412 iwwer 8.400,00 € ëmmer nach net bezuelt. Wann de ganze Betrag net bannent 10 Deeg op eisem Konto ass, gi mir d'Fuerderung un en Inkassobüro weider a verlaangen d'gesetzlech Verzugszënsen an d'Pauschalentschiedegung vu 40 € fir d'Bäitreiwungskäschten."],
    ["lb", "Moien Claude, kanns de w.e.g. kucken, wat mat eiser Rechnung vum Februar ass? Mir gesinn d'Bezuelung nach net. Merci!"],
    ["he", "שלום רב, ברצוננו להזכיר כי מועד התשלום של חשבונית מס' FA-2026-0412 על סך 12,500 ₪ חלף ב-15 במרץ. אם התשלום כבר בוצע, נא להתעלם מהודעה זו. בברכה"],
    ["he", "לכבוד מר כהן, למרות פנייתנו הקודמת, טרם התקבל התשלום עבור חשבונית FA-2026-0386 בסך 3,400 אירו. נבקשכם להסדיר את החוב תוך 7 ימים או לעדכן אותנו אם קיימת בעיה כלשהי בחשבונית."],
    ["he", "התראה אחרונה לפני נקיטת הליכים משפטיים. לכבוד הנהלת החשבונות, על אף תזכורות חוזרות, החוב בגין חשבונית מס' FA-2026-0412 בסך 9,800 אירו טרם שולם. אם הסכום המלא לא יועבר לחשבוננו בתוך 10 ימים ממועד מכתב זה, ניאלץ להעביר את הטיפול לעורכי הדין שלנו ולדרוש ריבית פיגורים וכן פיצוי קבוע בסך 40 אירו בגין עלויות הגבייה, ללא הודעה נוספת."],
    ["he", "היי דנה, רק בודקת – יש עדכון לגבי החשבונית של פברואר? עדיין לא רואים את ההעברה אצלנו. תודה!"],
    ["ar", "السادة الكرام، تحية طيبة وبعد، نود تذكيركم بأن موعد استحقاق الفاتورة رقم FA-2026-0412 بمبلغ 4,500.00 يورو كان في 15 مارس. إذا كنتم قد قمتم بالسداد بالفعل، يرجى تجاهل هذه الرسالة. مع خالص التحية"],
    ["ar", "الأستاذ أحمد المحترم، رغم تذكيرنا السابق، لم نستلم حتى الآن قيمة الفاتورة FA-2026-0379. نرجو منكم التكرم بسداد المبلغ المستحق وقدره 12,300 درهم خلال أسبوع من تاريخه، أو إفادتنا في حال وجود أي ملاحظات على الفاتورة."],
    ["ar", "إنذار نهائي قبل اتخاذ الإجراءات القانونية. السادة المحترمون، على الرغم من تذكيراتنا المتكررة، لا تزال الفاتورة رقم FA-2026-0412 بمبلغ 18,750.00 يورو غير مسددة. وفي حال عدم تحويل كامل المبلغ خلال عشرة أيام من تاريخ هذا الإنذار، سنضطر إلى إحالة الملف إلى شركة تحصيل وإلى محامينا، مع المطالبة بفوائد التأخير والتعويض الثابت عن مصاريف التحصيل البالغ 40 يورو."],
    ["ar", "مرحبا سارة، هل يمكنك التحقق من وضع فاتورتنا لشهر فبراير؟ لم يصلنا الدفع بعد. شكرًا جزيلاً!"],
  ])('%s: %s', (_lang, text) => {
    expect(own(text)).toBe('reminder');
  });
});

describe("classifyOwnFollowUp: answers and thanks of the fourteenth session's probe", () => {
  it.each([
    ["hu", "Tisztelt Szabó Asszony! Kérésének megfelelően megküldjük bankszámla-adatainkat: IBAN: FR76 3000 4000 0312 3456 7890 143, BIC: BNPAFRPPXXX. Kérjük, a közleményben tüntesse fel a számla számát (FA-2026-0412). Üdvözlettel"],
    ["hu", "Kedves Partnerünk! Köszönjük, hogy rendezte az FA-2026-0399 számú számlát; az összeg tegnap megérkezett a számlánkra. Örömmel dolgozunk Önökkel a jövőben is."],
    ["hr", "Poštovana gospođo Babić, u privitku Vam šaljemo duplikat računa FA-2026-0412 kako ste tražili. Original je poslan 3. ožujka na Vašu adresu za e-račune. Stojimo na raspolaganju za sva dodatna pitanja."],
    ["hr", "Poštovani, potvrđujemo primitak Vaše reklamacije vezane uz račun FA-2026-0405. Provjerili smo isporuku i slažemo se da su dvije stavke obračunate dvostruko. Knjižno odobrenje na iznos od 860,00 EUR poslat ćemo Vam do kraja tjedna."],
    ["bg", "Здравейте, номерът на поръчката, който ни поискахте, е PO-45821 – той е посочен и в горния десен ъгъл на фактура FA-2026-0412. Ако Ви е нужна коригирана фактура с номера в полето за референция, ще я издадем веднага."],
    ["bg", "Уважаема г-жо Иванова, потвърждаваме, че плащането по фактура FA-2026-0398 е получено днес. Благодарим Ви за бързото уреждане и за доброто сътрудничество!"],
    ["sk", "Dobrý deň, pani Kováčová, ďakujeme za Vašu otázku. Áno, faktúra FA-2026-0412 je vystavená bez DPH v režime prenesenia daňovej povinnosti, preto na nej nie je uvedená slovenská DPH. Naše IČ DPH je FR12345678901. S pozdravom"],
    ["sk", "Dobrý deň, na Vašu žiadosť posielame bankové spojenie: IBAN FR76 1027 8060 4100 0204 5670 128, SWIFT CMCIFR2A. Do poznámky pre príjemcu prosím uveďte číslo faktúry."],
    ["et", "Tere! Saadame manuses arve FA-2026-0412 koopia, nagu palusite. Originaal saadeti 2. märtsil teie raamatupidamise e-posti aadressile. Kui vajate ka digiallkirjastatud versiooni, andke teada."],
    ["et", "Tere! Kinnitame, et teie makse summas 3 210,00 € on laekunud. Suur tänu kiire tasumise eest ja head koostööd ka edaspidi!"],
    ["lv", "Labdien! Jūsu pieprasītais pasūtījuma numurs ir 4500123987. Esam to norādījuši arī rēķina FA-2026-0412 labotajā versijā, kas pievienota pielikumā."],
    ["lv", "Labdien! Apstiprinām, ka esam saņēmuši Jūsu pretenziju par rēķinu FA-2026-0402. Jums taisnība – cena tika aprēķināta pēc vecā cenrāža. Tuvākajās dienās nosūtīsim kredītrēķinu par starpību 415,00 EUR."],
    ["lt", "Laba diena, kaip prašėte, siunčiame mūsų banko rekvizitus: IBAN FR76 3000 3034 5600 0501 2345 678, BIC SOGEFRPP. Mokėjimo paskirtyje prašome nurodyti sąskaitos numerį FA-2026-0412."],
    ["lt", "Laba diena, dėkojame už apmokėjimą – lėšos šiandien gautos. Malonu su Jumis bendradarbiauti!"],
    ["uk", "Добрий день! На Ваше прохання надсилаємо у вкладенні дублікат рахунку FA-2026-0412 та акт виконаних робіт. Якщо потрібні паперові оригінали, повідомте, будь ласка, адресу для відправлення."],
    ["uk", "Доброго дня! Відповідаючи на Ваше запитання: так, оплату можна розділити на два платежі – 50% до 30 квітня і решту до 31 травня. Будь ласка, у призначенні платежу вказуйте номер рахунку FA-2026-0412."],
    ["ru", "Добрый день, Елена! Получили Ваше письмо с возражениями по счёту FA-2026-0409. Вы правы: доставка была выставлена дважды. В ближайшие дни пришлём кредит-ноту на сумму 320,00 евро, оставшуюся часть счёта можно оплачивать в обычном порядке."],
    ["ru", "Добрый день! Подтверждаем получение оплаты по счёту FA-2026-0412 в полном объёме. Большое спасибо за оперативность, будем рады дальнейшему сотрудничеству."],
    ["sl", "Pozdravljeni, kot ste prosili, vam pošiljamo naše bančne podatke: IBAN FR76 1820 6000 4512 3456 7890 112, BIC AGRIFRPP882. Pri nakazilu kot sklic navedite številko računa FA-2026-0412."],
    ["sl", "Spoštovana ga. Kranjc, številka naročilnice, ki jo potrebujete za knjiženje, je NAR-2026/118. Če želite, vam izdamo nov račun, na katerem bo navedena."],
    ["sr", "Poštovana gospođo Petrović, u prilogu vam šaljemo duplikat fakture FA-2026-0412, kao što ste tražili. Ukoliko vam je potreban i overen primerak, javite nam."],
    ["sr", "Poštovani, potvrđujemo da smo primili vašu uplatu po fakturi FA-2026-0390. Hvala na brzom izmirenju i radujemo se daljoj saradnji."],
    ["lb", "Moien, wéi gefrot, hei eis Bankdaten: IBAN FR76 3000 4008 2800 0123 4567 890, BIC BNPAFRPP. Schreift w.e.g. d'Rechnungsnummer FA-2026-0412 als Referenz derbäi. Schéinen Dag nach!"],
    ["lb", "Moien, mir hunn Är Bezuelung fir d'Rechnung FA-2026-0401 haut kritt. Villmools Merci fir déi séier Iwwerweisung!"],
    ["he", "שלום, כפי שביקשת, מצורף העתק של חשבונית FA-2026-0412. המקור נשלח ב-2 במרץ לכתובת של הנהלת החשבונות שלכם. נשמח לעזור בכל שאלה נוספת."],
    ["he", "שלום רב, קיבלנו את פנייתכם בנוגע לחשבונית FA-2026-0407. בדקנו, ואכן חויבתם פעמיים על דמי המשלוח. הודעת זיכוי על סך 180 אירו תישלח אליכם בימים הקרובים."],
    ["ar", "السيد خالد المحترم، بناءً على طلبكم، نرسل إليكم بياناتنا المصرفية: IBAN: FR76 1010 7001 2300 1234 5678 901، رمز السويفت: BREDFRPP. يرجى ذكر رقم الفاتورة FA-2026-0412 في خانة المرجع عند التحويل."],
    ["ar", "تحية طيبة، رقم أمر الشراء المطلوب هو PO-2026-7731، وقد أضفناه إلى نسخة معدّلة من الفاتورة FA-2026-0412 مرفقة بهذه الرسالة. نبقى في خدمتكم لأي استفسار."],
  ])('%s, no reminder: %s', (_lang, text) => {
    expect(own(text)).not.toBe('reminder');
  });
});
