/**
 * Reading the add-in's two manifests for the tests: the unified JSON one and the add-in only XML one,
 * parsed into plain objects, with every URL they name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const ADDIN_DIR = join(import.meta.dirname, '..', '..', 'outlook-addin');
export const JSON_MANIFEST = join(ADDIN_DIR, 'manifest.json');
export const XML_MANIFEST = join(ADDIN_DIR, 'manifest.xml');
/** The origin both manifests point at: the dev server of `npm run dev:outlook`. */
export const DEV_ORIGIN = 'https://localhost:3100';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function readJsonManifest(): Json {
  return JSON.parse(readFileSync(JSON_MANIFEST, 'utf8'));
}

export function readXmlManifest(): Json {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: false,
    isArray: (name) => ['Control', 'ExtensionPoint', 'Group', 'bt:Image', 'bt:Url', 'bt:String', 'Rule', 'Form', 'Override', 'bt:Override', 'Set', 'bt:Set'].includes(name),
  });
  return parser.parse(readFileSync(XML_MANIFEST, 'utf8'));
}

/** Every https URL a manifest names, wherever it is. */
export function urlsIn(text: string): string[] {
  return [...new Set(text.match(/https:\/\/[^"'<>\s]+/g) ?? [])].filter((u) => !u.startsWith('https://developer.microsoft.com/'));
}

export function allManifestUrls(): string[] {
  const json = readFileSync(JSON_MANIFEST, 'utf8');
  const xml = readFileSync(XML_MANIFEST, 'utf8');
  return [...new Set([...urlsIn(json), ...urlsIn(xml)])].sort();
}

/** Walks an object and returns the values at every key named `name`. */
export function findAll(node: Json, name: string, out: Json[] = []): Json[] {
  if (Array.isArray(node)) for (const n of node) findAll(n, name, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) out.push(v);
      findAll(v, name, out);
    }
  }
  return out;
}

/** Width and height of a PNG, and its RGBA pixels when it is the unfiltered 8-bit RGBA our generator writes. */
export function pngInfo(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
