import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../utils/settings/policy';
import { DEFAULT_SETTINGS } from '../../../utils/settings/defaultSettings';
import { FIREFOX_EXTENSION_ID } from '../../../utils/platform/firefoxId';

const ID = 'EXTENSION_ID';
const guide = readFileSync(new URL('../../../docs/ADMIN.md', import.meta.url), 'utf8');
type SchemaNode = { type: string; properties?: Record<string, SchemaNode>; items?: SchemaNode };
const schema = JSON.parse(
  readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'),
) as SchemaNode;

/** The fenced examples of the guide, by their tag (```json policy-linux). */
function examples(): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of guide.matchAll(/```\w+ (policy-[\w-]+)\n([\s\S]*?)```/g)) found.set(match[1]!, match[2]!);
  return found;
}

/** A .reg file's keys under `…\3rdparty\extensions\<id>\policy`, as the nested policy Chrome builds. */
function fromRegistry(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current: Record<string, unknown> | null = null;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[.*\\3rdparty\\extensions\\[^\\]+\\policy(.*)\]$/.exec(line);
    if (key) {
      current = root;
      for (const segment of key[1]!.split('\\').filter(Boolean)) {
        current[segment] ??= {};
        current = current[segment] as Record<string, unknown>;
      }
      continue;
    }
    if (line.startsWith('[')) current = null;
    const value = /^"([^"]+)"=(?:"(.*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (value && current) current[value[1]!] = value[2] ?? parseInt(value[3]!, 16);
  }
  return root;
}

/** Registry values become the schema's types, as Chrome converts them: numbered subkeys are lists, 0/1 booleans. */
function convert(value: unknown, node: SchemaNode): unknown {
  if (node.type === 'boolean' && typeof value === 'number') return value !== 0;
  if (node.type === 'array' && value && typeof value === 'object') {
    return Object.entries(value)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, item]) => convert(item, node.items!));
  }
  if (node.type === 'object' && value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        node.properties?.[key] ? convert(item, node.properties[key]) : item,
      ]),
    );
  }
  return value;
}

/** A minimal property-list reader: dict, array, key, string, integer, real, true, false. */
function fromPlist(text: string): unknown {
  const tokens = [
    ...text.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)(\w+)(\/?)>|([^<]+)/g),
  ];
  let at = 0;
  const next = () => tokens[at++]!;
  function value(): unknown {
    let token = next();
    while (token[4] !== undefined) token = next(); // whitespace between elements
    const [, closing, tag, selfClosing] = token;
    if (closing) throw new Error(`unexpected </${tag}>`);
    if (selfClosing) return tag === 'true';
    const text = () => {
      const content = tokens[at]?.[4] !== undefined ? next()[4]! : '';
      next();
      return content;
    };
    switch (tag) {
      case 'plist':
        return value();
      case 'string':
        return text();
      case 'integer':
      case 'real':
        return Number(text());
      case 'array': {
        const items: unknown[] = [];
        for (;;) {
          while (tokens[at]?.[4] !== undefined) at++;
          if (tokens[at]?.[1] === '/') return (at++, items);
          items.push(value());
        }
      }
      case 'dict': {
        const dict: Record<string, unknown> = {};
        for (;;) {
          while (tokens[at]?.[4] !== undefined) at++;
          if (tokens[at]?.[1] === '/') return (at++, dict);
          next();
          const key = text();
          dict[key] = value();
        }
      }
      default:
        throw new Error(`unknown <${tag}>`);
    }
  }
  return value();
}

const EXTRACT: Record<string, (text: string) => Record<string, unknown>> = {
  'policy-linux': (text) => JSON.parse(text)['3rdparty'].extensions[ID],
  'policy-firefox': (text) => {
    const { policies } = JSON.parse(text);
    // Force-installed from Firefox Add-ons by the same id the settings are given to.
    expect(policies.ExtensionSettings[FIREFOX_EXTENSION_ID].installation_mode).toBe('force_installed');
    return policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID];
  },
  'policy-google-admin': (text) =>
    Object.fromEntries(
      Object.entries(JSON.parse(text) as Record<string, { Value: unknown }>).map(([key, { Value }]) => [key, Value]),
    ),
  'policy-windows-chrome': (text) => convert(fromRegistry(text), schema) as Record<string, unknown>,
  'policy-windows-edge': (text) => convert(fromRegistry(text), schema) as Record<string, unknown>,
  'policy-macos': (text) => {
    const profile = fromPlist(text) as { PayloadContent: Record<string, unknown>[] };
    const payload = profile.PayloadContent.find((item) => item.PayloadType === `com.google.Chrome.extensions.${ID}`)!;
    return Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload')));
  },
};

/** Whether a value has the types managed_schema.json declares (what Chrome checks). */
function matchesSchema(value: unknown, node: SchemaNode): boolean {
  switch (node.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value) && value.every((item) => matchesSchema(item, node.items!));
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        Object.entries(value).every(
          ([key, item]) => node.properties?.[key] !== undefined && matchesSchema(item, node.properties[key]),
        )
      );
    default:
      return false;
  }
}

describe('docs/ADMIN.md', () => {
  const all = examples();

  it('has an example for Linux, Windows, Edge, macOS, the Google Admin console and Firefox', () => {
    expect([...all.keys()].sort()).toEqual(Object.keys(EXTRACT).sort());
  });

  it.each(Object.keys(EXTRACT))(
    '%s is a valid policy: Chrome’s schema accepts it and the extension applies all of it',
    (name) => {
      const policy = EXTRACT[name]!(all.get(name)!);
      expect(matchesSchema(policy, schema)).toBe(true);
      const effective = effectiveSettings(DEFAULT_SETTINGS, {}, policy);
      expect(effective.invalid).toEqual([]);
      expect(effective.locked.length).toBe(Object.keys(policy).length);
    },
  );

  it('sets the same policy on every platform, as it says', () => {
    const policies = Object.keys(EXTRACT).map((name) => EXTRACT[name]!(all.get(name)!));
    for (const policy of policies) expect(policy).toEqual(policies[0]);
  });
});
