import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../shared/ledger';
import { detectSeparator, neutralizeFormula } from '../../shared/ledger/csv-format';
import { newLedger, receivable } from './helpers';

describe('RFC 4180', () => {
  it('quotes what needs it and reads it back', () => {
    const rows = [
      ['a', 'b;c', 'd"e', 'multi\r\nline', ' edge ', ''],
      ['1', '2', '3', '4', '5', '6'],
    ];
    const text = toCsv(rows, ';');
    expect(text).toBe('a;"b;c";"d""e";"multi\r\nline";" edge ";\r\n1;2;3;4;5;6\r\n');
    expect(parseCsv(text).records.map((r) => r.fields)).toEqual(rows);
    expect(parseCsv(toCsv(rows, ',')).records.map((r) => r.fields)).toEqual(rows);
  });

  it('reads BOM, LF or CR line ends, and counts physical lines across quoted line breaks', () => {
    const { separator, records } = parseCsv('\uFEFFx,y\n"a\nb",c\r\n\r\nd,e\re,f');
    expect(separator).toBe(',');
    expect(records).toEqual([
      { line: 1, fields: ['x', 'y'] },
      { line: 2, fields: ['a\nb', 'c'] },
      { line: 5, fields: ['d', 'e'] },
      { line: 6, fields: ['e', 'f'] },
    ]);
    expect(detectSeparator('Numéro;Client;"Montant, TTC"\n')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(() => parseCsv('a;b\n"open;c\n')).toThrow(/line 2: a quoted field is never closed/);
  });

  it('neutralizes text a spreadsheet would run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('Acme')).toBe('Acme');
  });
});

describe('CSV export for the accountant', () => {
  it('writes the French Excel profile: ";" separator, decimal comma, French headers, BOM, CRLF', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan(
      [
        receivable({ amount: 1234.5, debtorName: 'Dupont; Fils & "Cie"' }),
        receivable({ invoiceNumber: 'F-9', messageId: '<9@x>', amount: 80, debtorName: '=cmd|calc', debtorEmail: 'x@y.fr', dueDate: '2026-12-30' }),
        receivable({ invoiceNumber: 'F-8', messageId: '<8@x>', status: 'paid' }),
      ],
      { source: 'gmail', today: '2026-11-20' },
    );
    await ledger.record('F2026340@acme.fr', { type: 'payment', on: '2026-11-18', amount: 234.5, full: false });
    const csv = await ledger.exportCsv('2026-11-20');
    expect(csv.startsWith('\uFEFFNuméro;Client;E-mail;Date facture;')).toBe(true);
    const { records } = parseCsv(csv);
    expect(records).toHaveLength(3); // the paid invoice is left out
    expect(records[1]!.fields).toEqual([
      'F-2026-340', 'Dupont; Fils & "Cie"', 'compta@acme.fr', '2026-10-01', '2026-10-01', '2026-11-10',
      '1234,50', '234,50', '1000,00', 'EUR', '10', 'ouverte', '0', '', 'courteous', '2026-11-20',
    ]);
    expect(records[2]!.fields.slice(0, 2)).toEqual(['F-9', "'=cmd|calc"]);
    expect(csv).toContain('"Dupont; Fils & ""Cie"""');
    expect(csv.split('\r\n')).toHaveLength(4);

    const all = parseCsv(await ledger.exportCsv('2026-11-20', { separator: ',', all: true })).records;
    expect(all[0]!.fields[0]).toBe('Number');
    expect(all).toHaveLength(4);
    expect(all.find((r) => r.fields[0] === 'F-2026-340')!.fields.slice(6, 9)).toEqual(['1234.50', '234.50', '1000.00']);
    expect(all.find((r) => r.fields[0] === 'F-8')!.fields[11]).toBe('paid');
  });
});

describe('CSV import from accounting software', () => {
  const file = [
    'N° facture;Client;E-mail;Date facture;Échéance;Montant TTC;Reste à payer;Devise;Statut',
    'FA-001;Acme SAS;compta@acme.fr;01/10/2026;31/10/2026;1 234,56;1 234,56;EUR;Envoyée',
    'FA-002;Acme SAS;compta@acme.fr;05/10/2026;04/11/2026;500,00;200,00;;Partiellement payée',
    'FA-003;Beta;achats@beta.fr;06/10/2026;05/11/2026;99,90 €;;;Payée',
    'FA-004;"Gamma; et fils";;07/10/2026;;2500;;;Brouillon',
    'FA-005;Delta;delta@example.com;08/10/2026;07/11/2026;-120,00;;;Avoir',
    'DV-006;Delta;delta@example.com;08/10/2026;07/11/2026;120,00;;;Devis',
    ';Epsilon;e@example.com;08/10/2026;07/11/2026;120,00;;;',
    'FA-008;Zeta;zeta@example;08/10/2026;07/11/2026;120,00;;;',
    'FA-009;Eta;eta@example.com;32/10/2026;07/11/2026;120,00;;;',
    'FA-010;Theta;t@example.com;08/10/2026;07/09/2026;120,00;;;',
    'FA-011;Iota;i@example.com;08/10/2026;07/11/2026;douze;;;',
    'FA-012;Kappa;k@example.com;08/10/2026;07/11/2026;12,00;;XYZ;',
    'FA-001;Acme SAS;compta@acme.fr;01/10/2026;31/10/2026;1 234,56;;EUR;',
    'FA-013;"Lambda',
    'SA";l@example.com;08/10/2026;07/11/2026;10,00;;;en retard',
    'FA-014;Mu;m@example.com;08/10/2026;07/11/2026;10,00;;',
  ].join('\r\n');

  it('imports the good rows and reports each rejected one with its line and reason', async () => {
    const ledger = newLedger();
    const report = await ledger.importCsv(file, { today: '2026-11-20' });
    expect(report.rejected).toEqual([
      { line: 6, reason: 'a credit note is not a receivable' },
      { line: 7, reason: 'a quote or pro forma is not an invoice to chase' },
      { line: 8, reason: 'no invoice number' },
      { line: 9, reason: '"zeta@example" is not an e-mail address' },
      { line: 10, reason: 'issue date "32/10/2026" is not a date' },
      { line: 11, reason: 'due date 2026-09-07 is before the issue date 2026-10-08' },
      { line: 12, reason: 'amount "douze" is not a number' },
      { line: 13, reason: 'unknown currency "XYZ"' },
      { line: 14, reason: 'same invoice as line 2' },
      { line: 17, reason: '8 fields where the header has 9' },
    ]);
    expect(report.imported).toEqual(['FA001@acme.fr', 'FA002@acme.fr', 'FA003@beta.fr', 'FA004@name:gamma et fils', 'FA013@example.com']);
    expect(report.warnings).toEqual([{ line: 5, message: 'invoice FA-004: no due date, never chased until one is set' }]);

    const fa1 = (await ledger.invoice('FA001@acme.fr'))!;
    expect(fa1).toMatchObject({ amount: 1234.56, currency: 'EUR', issueDate: '2026-10-01', dueDate: '2026-10-31', sentOn: '2026-10-01', origins: ['csv'] });
    expect((await ledger.invoice('FA002@acme.fr'))!.state).toMatchObject({ status: 'open', paidAmount: 300, balance: 200 });
    expect((await ledger.invoice('FA003@beta.fr'))!).toMatchObject({ amount: 99.9, currency: 'EUR', state: { status: 'paid' } });
    const draft = (await ledger.invoice('FA004@name:gamma et fils'))!;
    expect(draft).toMatchObject({ sentOn: null, debtorName: 'Gamma; et fils' });
    expect((await ledger.nextAction(draft.id, '2027-06-01')).reason).toBe('not sent to the client yet: never chased');
    expect((await ledger.invoice('FA013@example.com'))!.debtorName).toBe('Lambda\r\nSA');
  });

  it('importing the same file again changes nothing', async () => {
    const ledger = newLedger();
    await ledger.importCsv(file, { today: '2026-11-20' });
    const before = await ledger.exportBackup();
    const again = await ledger.importCsv(file, { today: '2026-11-21' });
    expect(again.imported).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
    expect((await ledger.exportBackup()).tables).toEqual(before.tables);
  });

  it('merges with what a scan found, and reads English exports with a decimal point', async () => {
    const ledger = newLedger();
    await ledger.upsertFromScan([receivable({ invoiceNumber: 'INV-77', messageId: '<77@x>', debtorEmail: 'ap@acme.fr' })], { source: 'gmail', today: '2026-11-20' });
    const report = await ledger.importCsv(
      'Invoice Number,Customer,Email,Invoice Date,Due Date,Amount,Currency,Status\r\nINV 77,Acme,billing@acme.fr,2026-10-01,2026-11-10,"1,200.00",EUR,Open\r\nINV-78,Acme,billing@acme.fr,2026-10-02,2026-11-11,"2,500",USD,Paid',
      { today: '2026-11-22' },
    );
    expect(report.rejected).toEqual([]);
    expect(report.imported).toEqual(['INV78@acme.fr']);
    expect(report.updated).toEqual(['INV77@acme.fr']);
    const inv = (await ledger.invoice('INV77@acme.fr'))!;
    expect(inv).toMatchObject({ origins: ['gmail', 'csv'], amount: 1200, debtorEmail: 'billing@acme.fr' });
    expect((await ledger.events(inv.id)).at(-1)).toMatchObject({
      type: 'detected',
      source: 'csv',
      changes: [
        { field: 'debtorEmail', from: 'ap@acme.fr', to: 'billing@acme.fr' },
        { field: 'debtorName', from: 'Acme SAS', to: 'Acme' },
      ],
    });
    expect((await ledger.invoice('INV78@acme.fr'))!).toMatchObject({ amount: 2500, currency: 'USD', state: { status: 'paid' } });
  });

  it('reports a header without the needed columns', async () => {
    const ledger = newLedger();
    const report = await ledger.importCsv('Foo;Bar\r\n1;2', { today: '2026-11-20' });
    expect(report.rejected).toEqual([{ line: 1, reason: 'header: no column for number, amount, client or e-mail (found: Foo | Bar)' }]);
  });
});
