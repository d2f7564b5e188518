// Markdown to the small block tree the reader needs, via markdown-it's token stream
// (a CommonMark parser with a line map on every block token).
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

export interface Link {
  href: string;
  text: string;
  line: number;
}

/** The text of one inline run, with what the reader needs to recognise the template. */
export interface Inline {
  text: string;
  /** The text of a leading bold run ("**Topic**" or "**Resources:**"), if the run starts with one. */
  strong: string | null;
  /** True when the whole run is that bold text. */
  strongOnly: boolean;
  links: Link[];
}

export interface ListItem {
  line: number;
  inline: Inline | null;
  /** Blocks after the item's first paragraph: nested lists, more paragraphs. */
  blocks: Block[];
}

export type Block =
  | { type: 'heading'; level: number; inline: Inline; line: number }
  | { type: 'paragraph'; inline: Inline; line: number }
  | { type: 'list'; items: ListItem[]; line: number }
  | { type: 'table'; header: string[]; rows: { cells: Inline[]; line: number }[]; line: number }
  | { type: 'blockquote'; blocks: Block[]; line: number }
  | { type: 'code'; text: string; line: number };

let parser: MarkdownIt | null = null;

function markdown(): MarkdownIt {
  if (parser) return parser;
  // Raw HTML is kept as text, never rendered; links are validated by Atlas itself so that an
  // unsafe one is reported instead of silently turned into text by the parser.
  // Nesting cap: a list level costs two (list and item); the limits pass blanks anything deeper
  // than 64 levels before parsing, so the parser never silently drops content past its cap.
  parser = markdownIt('default', { html: false, linkify: false, maxNesting: 256 });
  parser.validateLink = () => true;
  return parser;
}

/** How many headings, list items and links the parser saw: what the reader must account for. */
export interface ElementCounts {
  headings: number;
  listItems: number;
  links: number;
}

/** Where a document was cut for having too many tokens: its first line not read. */
export interface TokenCut {
  line: number;
  tokens: number;
}

/** Parse a markdown body; `lineOffset` is the number of lines before it in the file. */
export function parseBlocks(
  body: string,
  lineOffset: number,
  maxTokens = Infinity,
): { blocks: Block[]; counts: ElementCounts; cut: TokenCut | null } {
  let tokens = markdown().parse(body, {});
  let cut: TokenCut | null = null;
  if (tokens.length > maxTokens) {
    // The line of the first token not read, or of the last block before it that has one.
    let at = maxTokens;
    while (at > 0 && !tokens[at]?.map) at--;
    cut = { line: lineOf(tokens[at] as Token, lineOffset), tokens: tokens.length };
    tokens = tokens.slice(0, maxTokens);
  }
  const counts: ElementCounts = { headings: 0, listItems: 0, links: 0 };
  for (const t of tokens) {
    if (t.type === 'heading_open') counts.headings++;
    else if (t.type === 'list_item_open') counts.listItems++;
    else if (t.type === 'inline') for (const c of t.children ?? []) if (c.type === 'link_open' || c.type === 'image') counts.links++;
  }
  return { blocks: readBlocks(tokens, { i: 0 }, lineOffset, null), counts, cut };
}

function lineOf(tok: Token, offset: number): number {
  return (tok.map?.[0] ?? 0) + offset + 1;
}

function readBlocks(tokens: Token[], cursor: { i: number }, offset: number, closeType: string | null): Block[] {
  const blocks: Block[] = [];
  while (cursor.i < tokens.length) {
    const tok = tokens[cursor.i] as Token;
    if (closeType !== null && tok.type === closeType) {
      cursor.i++;
      return blocks;
    }
    const line = lineOf(tok, offset);
    switch (tok.type) {
      case 'heading_open': {
        const inline = readInline(tokens[cursor.i + 1], line);
        blocks.push({ type: 'heading', level: Number(tok.tag.slice(1)), inline, line });
        cursor.i += 3;
        break;
      }
      case 'paragraph_open': {
        blocks.push({ type: 'paragraph', inline: readInline(tokens[cursor.i + 1], line), line });
        cursor.i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        cursor.i++;
        blocks.push({ type: 'list', items: readItems(tokens, cursor, offset, tok.type.replace('_open', '_close')), line });
        break;
      }
      case 'blockquote_open': {
        cursor.i++;
        blocks.push({ type: 'blockquote', blocks: readBlocks(tokens, cursor, offset, 'blockquote_close'), line });
        break;
      }
      case 'table_open': {
        cursor.i++;
        blocks.push(readTable(tokens, cursor, offset, line));
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'code', text: tok.content, line });
        cursor.i++;
        break;
      default:
        // hr and stray close tokens carry no content.
        cursor.i++;
    }
  }
  return blocks;
}

function readItems(tokens: Token[], cursor: { i: number }, offset: number, closeType: string): ListItem[] {
  const items: ListItem[] = [];
  while (cursor.i < tokens.length) {
    const tok = tokens[cursor.i] as Token;
    cursor.i++;
    if (tok.type === closeType) break;
    if (tok.type !== 'list_item_open') continue;
    const line = lineOf(tok, offset);
    const blocks = readBlocks(tokens, cursor, offset, 'list_item_close');
    const first = blocks[0];
    if (first?.type === 'paragraph') items.push({ line, inline: first.inline, blocks: blocks.slice(1) });
    else items.push({ line, inline: null, blocks });
  }
  return items;
}

function readTable(tokens: Token[], cursor: { i: number }, offset: number, line: number): Block {
  const header: string[] = [];
  const rows: { cells: Inline[]; line: number }[] = [];
  let inHead = false;
  let row: Inline[] | null = null;
  let rowLine = line;
  while (cursor.i < tokens.length) {
    const tok = tokens[cursor.i] as Token;
    cursor.i++;
    if (tok.type === 'table_close') break;
    if (tok.type === 'thead_open') inHead = true;
    else if (tok.type === 'thead_close') inHead = false;
    else if (tok.type === 'tr_open') {
      row = [];
      rowLine = lineOf(tok, offset);
    } else if (tok.type === 'tr_close') {
      if (!inHead && row) rows.push({ cells: row, line: rowLine });
      row = null;
    } else if (tok.type === 'inline') {
      const cell = readInline(tok, rowLine);
      if (inHead) header.push(cell.text);
      else row?.push(cell);
    }
  }
  return { type: 'table', header, rows, line };
}

/** Whitespace that squashing to single spaces would change: most bullets have none. */
const SQUASHABLE = /[^\S ]| {2}/;

/** Flatten an inline token into text, links (with their own line) and the leading bold run. */
function readInline(tok: Token | undefined, line: number): Inline {
  const children = tok?.children ?? [];
  let text = '';
  let strong: string | null = null;
  let strongDepth = 0;
  let strongText = '';
  let sawContentBeforeStrong = false;
  let strongClosedAt = -1;
  const links: Link[] = [];
  let link: { href: string; start: number; line: number } | null = null;
  let currentLine = line;
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
      case 'html_inline':
        if (strongDepth > 0) strongText += child.content;
        else if (child.content.trim() !== '' && strong === null) sawContentBeforeStrong = true;
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        currentLine++;
        text += ' ';
        break;
      case 'strong_open':
        if (strongDepth === 0 && strong === null && !sawContentBeforeStrong) strongText = '';
        strongDepth++;
        break;
      case 'strong_close':
        strongDepth--;
        if (strongDepth === 0 && strong === null && !sawContentBeforeStrong) {
          strong = strongText.trim();
          strongClosedAt = text.length;
        }
        break;
      case 'link_open':
        link = { href: String(child.attrGet('href') ?? ''), start: text.length, line: currentLine };
        break;
      case 'link_close':
        if (link) links.push({ href: link.href, text: text.slice(link.start).trim(), line: link.line });
        link = null;
        break;
      case 'image':
        text += child.content;
        links.push({ href: String(child.attrGet('src') ?? ''), text: child.content, line: currentLine });
        break;
      default:
        break;
    }
  }
  const strongOnly = strong !== null && text.slice(strongClosedAt).trim() === '';
  return { text: (SQUASHABLE.test(text) ? text.replace(/\s+/g, ' ') : text).trim(), strong, strongOnly, links };
}
