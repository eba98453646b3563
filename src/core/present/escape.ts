// Escaping for text that came from notes (or from anything else we did not write).
// Hovers are rendered by VS Code's markdown renderer with command links enabled for a few
// of our own command ids, so note text must never be able to form a link, an image, HTML,
// an entity, a code span, emphasis, a table cell or a block (heading, list, quote, setext).
// Characters that are markup anywhere are always backslash-escaped; characters that are
// markup only at the start of a line (#, -, +, =, 1.) are escaped there; literal autolinks
// ("https://…", "www.…") are broken so they stay text. Everything else is left readable.

const ALWAYS = /[\\`*_~[\]<>&|$]/g;

/** Inline markdown that renders as exactly `text` (line breaks and leading spaces collapse). */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/^\s+/, '')
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}

/** Like escapeMarkdown, cut to `max` characters with an ellipsis. */
export function escapeMarkdownShort(text: string, max = 160): string {
  return escapeMarkdown(truncate(text, max));
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Do not cut a surrogate pair in half.
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(flat.charAt(cut - 1))) cut--;
  return `${flat.slice(0, cut)}…`;
}

/** Text safe inside HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

function stripControls(text: string): string {
  // C0 controls other than tab/newline, DEL, and the bidi overrides that can disguise text.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** An http(s) URL, normalised, or undefined for anything else (javascript:, command:, data: …). */
export function safeWebUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * A link destination for markdown: characters that could end or confuse the destination
 * (spaces, parentheses, angle brackets, quotes, backslashes) are percent-encoded.
 */
export function markdownLinkTarget(href: string): string {
  return href.replace(/[\s()<>"'\\`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](target)` with the label escaped and the target encoded. */
export function markdownLink(label: string, href: string, title?: string): string {
  const t = title ? ` "${escapeMarkdown(title).replace(/["()]/g, (c) => `\\${c}`)}"` : '';
  return `[${escapeMarkdown(label)}](${markdownLinkTarget(href)}${t})`;
}

/** A source reference: a link when it is an http(s) URL, escaped text otherwise (citations). */
export function sourceLink(source: string): string {
  const url = safeWebUrl(source);
  if (!url) return escapeMarkdown(source);
  let label = url;
  try {
    const u = new URL(url);
    label = `${u.hostname.replace(/^www\./, '')}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    // keep the full URL
  }
  return markdownLink(truncate(label, 70), url, url);
}

/** `command:` URI with JSON arguments, as VS Code expects in trusted markdown. */
export function commandUri(command: string, args: unknown[] = []): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** A note location link: the note's URI with a `#L<line>` fragment (1-based), which VS Code opens at that line. */
export function locationHref(noteId: string, line0: number): string {
  const base = noteId.replace(/#.*$/, '');
  return `${base}#L${line0 + 1}`;
}
