import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { AppManifestUtils } from '@microsoft/app-manifest';
import {
  ADDIN_DIR,
  DEV_ORIGIN,
  JSON_MANIFEST,
  XML_MANIFEST,
  allManifestUrls,
  findAll,
  pngInfo,
  readJsonManifest,
  readXmlManifest,
  type Json,
} from './manifests';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'node_modules', 'office-addin-manifest', 'cli.js');

async function validateCli(path: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'validate', path], { timeout: 60_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const json = readJsonManifest();
const ext = json.extensions[0];

/** Controls of the ribbons for one context (mailRead / mailCompose). */
function controlsOf(context: string): Json[] {
  return ext.ribbons
    .filter((r: Json) => r.contexts.includes(context))
    .flatMap((r: Json) => r.tabs.flatMap((t: Json) => t.groups.flatMap((g: Json) => g.controls)));
}

function actionById(id: string): { runtime: Json; action: Json } {
  for (const runtime of ext.runtimes) {
    const action = runtime.actions.find((a: Json) => a.id === id);
    if (action) return { runtime, action };
  }
  throw new Error(`no action ${id}`);
}

describe('unified manifest (manifest.json)', () => {
  it('passes `office-addin-manifest validate` (offline, against the schema shipped on npm)', async () => {
    const { code, out } = await validateCli(JSON_MANIFEST);
    expect(out).not.toMatch(/not valid|Error/i);
    expect(code).toBe(0);
  });

  it('the validator really checks: a broken copy is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-manifest-'));
    const broken = readJsonManifest();
    broken.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label = 'Relancer '.repeat(10); // over 64 characters
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(broken));
    const { code, out } = await validateCli(join(dir, 'manifest.json'));
    expect(code).not.toBe(0);
    expect(out).toMatch(/label must NOT have more than 64 characters/);
    expect(out).toMatch(/not valid/);
  });

  it('names a Teams schema version that supports Outlook add-ins (1.17 or later), matching manifestVersion', () => {
    const m = /\/teams\/v(\d+)\.(\d+)\/MicrosoftTeams\.schema\.json$/.exec(json.$schema);
    expect(m).not.toBeNull();
    expect(Number(m![1]) * 100 + Number(m![2])).toBeGreaterThanOrEqual(117);
    expect(json.manifestVersion).toBe(`${m![1]}.${m![2]}`);
  });

  it('"Relancer" on the read surface opens the pinnable task pane; "Insérer une relance" on compose opens it too', () => {
    const read = controlsOf('mailRead');
    const relancer = read.find((c) => c.label === 'Relancer');
    expect(relancer).toBeDefined();
    const { runtime, action } = actionById(relancer.actionId);
    expect(action.type).toBe('openPage');
    expect(action.pinnable).toBe(true);
    expect(runtime.code.page).toBe(`${DEV_ORIGIN}/taskpane.html`);

    const compose = controlsOf('mailCompose');
    const insert = compose.find((c) => c.label === 'Insérer une relance');
    expect(insert).toBeDefined();
    const opened = actionById(insert.actionId);
    expect(opened.action.type).toBe('openPage');
    expect(opened.runtime.code.page).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  it('the express button runs a function of the commands page', () => {
    const express = controlsOf('mailRead').find((c) => c.id === 'quickRelanceButton');
    const { runtime, action } = actionById(express.actionId);
    expect(action.type).toBe('executeFunction');
    expect(runtime.code.page).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  it('asks for Mailbox 1.8 (attachment content, categories, internet headers) everywhere it states a requirement', () => {
    const caps = findAll(json, 'capabilities').flat();
    expect(caps.length).toBeGreaterThan(0);
    for (const c of caps) expect(c).toEqual({ name: 'Mailbox', minVersion: '1.8' });
  });

  it('is French by default with English strings that validate against the localization schema and name real manifest strings', async () => {
    expect(json.localizationInfo.defaultLanguageTag).toBe('fr-fr');
    const langs = json.localizationInfo.additionalLanguages;
    expect(langs.map((l: Json) => l.languageTag)).toEqual(['en-us']);
    const en = JSON.parse(readFileSync(join(ADDIN_DIR, langs[0].file), 'utf8'));
    const schemaPath = join(
      import.meta.dirname, '..', '..', 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams',
      `v${json.manifestVersion}`, 'MicrosoftTeams.Localization.schema.json',
    );
    // Microsoft's localization schema writes `\\b]` in two activity patterns, which a unicode RegExp refuses
    // ("lone quantifier brackets"); escaping that bracket keeps the pattern's meaning and lets ajv compile it.
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8').replaceAll('\\\\b]', '\\\\b\\\\]'));
    expect(await AppManifestUtils.validateAgainstSchema(en, schema)).toEqual([]);
    for (const key of Object.keys(en).filter((k) => k !== '$schema')) {
      // "extensions[0].ribbons[1].tabs[0].groups[0].controls[0].label" → the French string it translates
      const french = key
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .reduce((node: Json, part) => node?.[part], json);
      expect(typeof french, key).toBe('string');
    }
    const broken = { ...en, 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label': 'x'.repeat(65), unknownKey: 'x' };
    expect((await AppManifestUtils.validateAgainstSchema(broken, schema)).length).toBe(2);
    expect(en['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe('Chase');
    expect(en['extensions[0].ribbons[1].tabs[0].groups[0].controls[0].label']).toBe('Insert a reminder');
  });

  it('has real PNG icons: color 192×192, outline 32×32 white on transparent, ribbon icons at their sizes', () => {
    const color = readFileSync(join(ADDIN_DIR, json.icons.color));
    expect(pngInfo(color)).toEqual({ width: 192, height: 192 });
    const outline = readFileSync(join(ADDIN_DIR, json.icons.outline));
    expect(pngInfo(outline)).toEqual({ width: 32, height: 32 });
    // outline: every pixel white (any alpha) or fully transparent
    const idat = Buffer.concat(
      (() => {
        const parts: Buffer[] = [];
        for (let at = 8; at < outline.length; ) {
          const len = outline.readUInt32BE(at);
          if (outline.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(outline.subarray(at + 8, at + 8 + len));
          at += 12 + len;
        }
        return parts;
      })(),
    );
    const raw = inflateSync(idat);
    let opaque = 0;
    for (let y = 0; y < 32; y++) {
      expect(raw[y * 129]).toBe(0);
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = raw.subarray(y * 129 + 1 + x * 4, y * 129 + 5 + x * 4);
        if (a! > 0) {
          opaque++;
          expect([r, g, b]).toEqual([255, 255, 255]);
        }
      }
    }
    expect(opaque).toBeGreaterThan(50);
    for (const icon of findAll(ext, 'icons').flat()) {
      const file = readFileSync(join(ADDIN_DIR, new URL(icon.url).pathname));
      expect(pngInfo(file)).toEqual({ width: icon.size, height: icon.size });
    }
  });
});

describe('add-in only manifest (manifest.xml)', () => {
  const xml = readXmlManifest();
  const app = xml.OfficeApp;
  const outer = app.VersionOverrides;
  const inner = outer.VersionOverrides;

  it("reads with office-addin-manifest's reader: same id as the unified manifest, a mail add-in, French first", async () => {
    const info = await OfficeAddinManifest.readManifestFile(XML_MANIFEST);
    expect(info.manifestType).toBe('xml');
    expect(info.id).toBe(json.id);
    expect(info.officeAppType).toBe('MailApp');
    expect(info.hosts).toEqual(['Mailbox']);
    expect(info.defaultLocale).toBe('fr-FR');
    expect(info.permissions).toBe('ReadWriteMailbox');
    expect(info.appDomains).toEqual([DEV_ORIGIN]);
    expect(info.iconUrl).toBe(`${DEV_ORIGIN}/assets/icon-64.png`);
    expect(info.highResolutionIconUrl).toBe(`${DEV_ORIGIN}/assets/icon-128.png`);
  });

  it('activates on messages in read and compose, and asks for Mailbox 1.8 like the unified manifest', () => {
    expect(app.Requirements.Sets.Set).toEqual([{ '@Name': 'Mailbox', '@MinVersion': '1.8' }]);
    const rules = app.Rule[0].Rule.map((r: Json) => `${r['@ItemType']}/${r['@FormType']}`);
    expect(rules.sort()).toEqual(['Message/Edit', 'Message/Read']);
    expect(app.FormSettings.Form.map((f: Json) => f['@xsi:type']).sort()).toEqual(['ItemEdit', 'ItemRead']);
    for (const v of [outer, inner]) expect(v.Requirements['bt:Sets']['@DefaultMinVersion']).toBe('1.8');
    expect(outer['@xsi:type']).toBe('VersionOverridesV1_0');
    expect(inner['@xsi:type']).toBe('VersionOverridesV1_1');
  });

  for (const [name, overrides] of [
    ['VersionOverrides 1.0', outer],
    ['VersionOverrides 1.1', inner],
  ] as const) {
    describe(name, () => {
      const form = overrides.Hosts.Host.DesktopFormFactor;
      const res = overrides.Resources;
      const url = (id: string) => res['bt:Urls']['bt:Url'].find((u: Json) => u['@id'] === id)?.['@DefaultValue'];
      const str = (id: string) =>
        [...res['bt:ShortStrings']['bt:String'], ...res['bt:LongStrings']['bt:String']].find((s: Json) => s['@id'] === id);
      const point = (type: string) => form.ExtensionPoint.find((p: Json) => p['@xsi:type'] === type);
      const controls = (type: string) => point(type).OfficeTab.Group.flatMap((g: Json) => g.Control);

      it('has a function file and both surfaces', () => {
        expect(url(form.FunctionFile['@resid'])).toBe(`${DEV_ORIGIN}/commands.html`);
        expect(point('MessageReadCommandSurface')).toBeDefined();
        expect(point('MessageComposeCommandSurface')).toBeDefined();
      });

      it('carries the same commands as the unified manifest, with the same French and English labels', () => {
        const en = JSON.parse(readFileSync(join(ADDIN_DIR, 'locales', 'en-us.json'), 'utf8'));
        for (const [surface, context, ribbon] of [
          ['MessageReadCommandSurface', 'mailRead', 0],
          ['MessageComposeCommandSurface', 'mailCompose', 1],
        ] as const) {
          const xmlControls = controls(surface);
          const jsonControls = controlsOf(context);
          expect(xmlControls.map((c: Json) => c['@id'])).toEqual(jsonControls.map((c) => c.id));
          xmlControls.forEach((c: Json, i: number) => {
            const label = str(c.Label['@resid']);
            expect(label['@DefaultValue']).toBe(jsonControls[i].label);
            expect(label['bt:Override'][0]).toEqual({ '@Locale': 'en-US', '@Value': en[`extensions[0].ribbons[${ribbon}].tabs[0].groups[0].controls[${i}].label`] });
            const jsonAction = actionById(jsonControls[i].actionId).action;
            if (jsonAction.type === 'openPage') {
              expect(c.Action['@xsi:type']).toBe('ShowTaskpane');
              expect(url(c.Action.SourceLocation['@resid'])).toBe(`${DEV_ORIGIN}/taskpane.html`);
            } else {
              expect(c.Action['@xsi:type']).toBe('ExecuteFunction');
              expect(c.Action.FunctionName).toBe(jsonAction.id);
            }
          });
        }
      });

      it('defines every resource it references, icons at 16, 32 and 80 px', () => {
        const resids = findAll(form, '@resid');
        const defined = new Set(
          [res['bt:Images']['bt:Image'], res['bt:Urls']['bt:Url'], res['bt:ShortStrings']['bt:String'], res['bt:LongStrings']['bt:String']]
            .flat()
            .map((r: Json) => r['@id']),
        );
        for (const id of resids) expect(defined, id).toContain(id);
        const sizes = res['bt:Images']['bt:Image'].map((i: Json) => [i['@id'], i['@DefaultValue']]);
        expect(sizes).toEqual([
          ['Icon.16x16', `${DEV_ORIGIN}/assets/icon-16.png`],
          ['Icon.32x32', `${DEV_ORIGIN}/assets/icon-32.png`],
          ['Icon.80x80', `${DEV_ORIGIN}/assets/icon-80.png`],
        ]);
      });
    });
  }

  it('lets the read pane be pinned (VersionOverrides 1.1 only: the 1.0 schema has no SupportsPinning)', () => {
    const pin = (v: Json) => findAll(v.Hosts, 'SupportsPinning');
    expect(pin(inner)).toEqual([true]);
    expect(pin(outer)).toEqual([]);
  });
});

describe('both manifests', () => {
  it('point only at the dev origin, over https', () => {
    const urls = allManifestUrls();
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(new URL(u).origin).toBe(DEV_ORIGIN);
  });

  it('package for sideloading: office-addin-manifest export zips the unified manifest with its icons and strings', async () => {
    const { exportMetadataPackage } = await import('office-addin-manifest');
    const dir = mkdtempSync(join(tmpdir(), 'relance-package-'));
    cpSync(ADDIN_DIR, join(dir, 'addin'), { recursive: true, filter: (p) => !p.includes('node_modules') });
    mkdirSync(join(dir, 'out'));
    copyFileSync(JSON_MANIFEST, join(dir, 'addin', 'manifest.json'));
    const zip = await exportMetadataPackage(join(dir, 'out', 'relance.zip'), join(dir, 'addin', 'manifest.json'));
    const bytes = readFileSync(zip);
    for (const name of ['manifest.json', 'assets/color.png', 'assets/outline.png', 'locales/en-us.json']) {
      expect(bytes.includes(Buffer.from(name)), name).toBe(true);
    }
  });
});
