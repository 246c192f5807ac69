import { InputError } from '../errors.ts';

/** How many leading bytes are sniffed for binary content. */
export const SNIFF = 8192;

/**
 * Decodes file bytes to text: UTF-8 (strict), or UTF-16 when a BOM says so. Throws InputError for binary
 * content (a NUL anywhere, or many control characters in the first 8 KiB), invalid UTF-8 (naming the
 * offset of the first bad byte) and empty or whitespace-only input.
 * @example decodeText(Buffer.from('hello'), 'a.txt') // 'hello'
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const head = bytes.subarray(0, SNIFF);
    if (looksBinary(head)) throw new InputError('E002', input, 'binary content (not a text article); give a .txt, .jsonl or .html file');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError('E004', input, `not valid UTF-8 (byte ${firstBadUtf8(bytes)}); re-save the file as UTF-8`);
    }
  }
  if (text.includes('\u0000')) throw new InputError('E002', input, `binary content (NUL character at ${text.indexOf('\u0000')}); give a .txt, .jsonl or .html file`);
  if (text.trim().length === 0) throw new InputError('E003', input, 'empty or whitespace-only; nothing to read');
  return text;
}

/** Whether leading bytes look binary: a NUL, or more than 10% control bytes other than whitespace. */
export function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/**
 * The offset of the first byte that makes UTF-8 invalid. Streaming decodes of prefixes fail only on a
 * real error (not on a character cut at the end), so validity of prefixes is monotonic and can be bisected.
 */
export function firstBadUtf8(bytes: Uint8Array): number {
  const validPrefix = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
