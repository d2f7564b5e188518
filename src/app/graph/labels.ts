// Node labels that never overlap: sigma's label grid limits labels per cell but not their width,
// so long topic names collide. This drawer keeps the boxes drawn in the current frame and skips a
// label that would cross one; sigma offers the biggest (most depended-on) nodes first.
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { labelColor?: string; key?: string };
type FontSettings = Pick<Settings, 'labelWeight' | 'labelSize' | 'labelFont' | 'labelColor'>;
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** A learning path's title, in viewport pixels: `y` is the middle of the text. */
export interface Title {
  label: string;
  colour: string;
  x: number;
  y: number;
}
/** What keeps its place whatever else is drawn: the selected or hovered node's label, and the path titles. */
export interface Reservation {
  focus?: LabelData & { key: string };
  titles: Title[];
}
/** The labels drawn so far in one frame of one canvas, and the node whose label is guaranteed a place. */
interface Frame {
  boxes: Box[];
  reserved: string | null;
  /** Measured at the frame's first label, once sigma has placed the camera for this frame. */
  pending: (() => Reservation) | null;
}

/**
 * Short lines fit between layers at the default zoom (about 120 px apart) where one long line
 * would not: a longer label, or one cut short, hides its neighbour's label instead.
 */
const LINE_CHARS = 16;
const MAX_LINES = 3;
const frames = new WeakMap<CanvasRenderingContext2D, Frame>();

/** Word-wrap a label into at most three lines, ending with an ellipsis when cut; "A/B" may break after the slash. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  // A word keeps the space before it; a part after a slash joins without one.
  const words = label
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=\/)(?=.)/).map((part, i) => ({ part, glue: i === 0 ? ' ' : '' })))
    .filter((w) => w.part !== '');
  for (let i = 0; i < words.length; i++) {
    const { part: word, glue } = words[i] as { part: string; glue: string };
    if (line === '' || line.length + glue.length + word.length <= LINE_CHARS) {
      line = line === '' ? word : `${line}${glue}${word}`;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === MAX_LINES) {
      const last = lines[MAX_LINES - 1] as string;
      lines[MAX_LINES - 1] = `${last.length > LINE_CHARS ? last.slice(0, LINE_CHARS - 1) : last}…`;
      return lines;
    }
  }
  if (line !== '') lines.push(line.length > LINE_CHARS + 6 ? `${line.slice(0, LINE_CHARS + 5)}…` : line);
  return lines;
}

/**
 * Start a frame (on sigma's beforeRender): forget the previous labels, and keep a place for the
 * selected or hovered node's label so that no other label is drawn over it.
 */
export function startLabelFrame(context: CanvasRenderingContext2D | undefined | null, reserve?: () => Reservation): void {
  if (context) frames.set(context, { boxes: [], reserved: null, pending: reserve ?? null });
}

function font(settings: FontSettings, weight = settings.labelWeight): string {
  return `${weight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Wrapped lines and their width per label: measuring text every frame costs more than drawing it. */
const measured = new Map<string, { lines: string[]; width: number }>();

/** Measured in the weight it is drawn in: the focus label is bold, its box as wide as its text. */
function measure(
  context: CanvasRenderingContext2D,
  label: string,
  settings: FontSettings,
  weight: string,
): { lines: string[]; width: number } {
  const key = `${font(settings, weight)}\u0000${label}`;
  let m = measured.get(key);
  if (m === undefined) {
    const lines = labelLines(label);
    context.font = font(settings, weight);
    m = { lines, width: Math.max(0, ...lines.map((l) => context.measureText(l).width)) };
    measured.set(key, m);
  }
  return m;
}

function layoutLabel(context: CanvasRenderingContext2D, data: LabelData, settings: FontSettings, weight = settings.labelWeight) {
  const { lines, width } = measure(context, data.label ?? '', settings, weight);
  const lineHeight = settings.labelSize + 2;
  const x = data.x + data.size + 4;
  const top = data.y + settings.labelSize / 3 - ((lines.length - 1) * lineHeight) / 2;
  return {
    lines,
    x,
    top,
    lineHeight,
    box: { x0: x - 2, y0: top - settings.labelSize, x1: x + width + 2, y1: top + (lines.length - 1) * lineHeight + 4 },
  };
}

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const frame = frames.get(context) ?? { boxes: [], reserved: null, pending: null };
  frames.set(context, frame);
  if (frame.pending) {
    const { focus, titles } = frame.pending();
    frame.pending = null;
    for (const t of titles) frame.boxes.push(titleBox(context, t, settings));
    if (focus) {
      frame.boxes.push(layoutLabel(context, focus, settings, '700').box);
      frame.reserved = focus.key;
    }
  }
  const mine = data.key !== undefined && data.key === frame.reserved;
  const { lines, x, top, lineHeight, box } = layoutLabel(context, data, settings, mine ? '700' : settings.labelWeight);
  if (!mine) {
    if (frame.boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) return;
    frame.boxes.push(box);
  }
  context.font = font(settings, mine ? '700' : settings.labelWeight);
  // A white halo keeps a label legible where it crosses edges.
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.fillStyle = mine ? '#0f172a' : (data.labelColor ?? settings.labelColor.color ?? '#111827');
  lines.forEach((line, i) => {
    context.strokeText(line, x, top + i * lineHeight);
    context.fillText(line, x, top + i * lineHeight);
  });
}

/** The node under the pointer: its full label on a card, above everything. */
export function drawHover<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  const text = data.label ?? '';
  context.font = font(settings);
  const width = context.measureText(text).width;
  // Tall enough to cover the two-line label drawn beneath on the labels layer.
  const h = Math.max(settings.labelSize + 8, labelLines(text).length * (settings.labelSize + 2) + 6);
  const x = data.x + data.size + 2;
  context.shadowColor = 'rgba(15,23,42,0.25)';
  context.shadowBlur = 8;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (text !== '') context.fillRect(x, data.y - h / 2, width + 12, h);
  context.shadowBlur = 0;
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
  if (text === '') return;
  context.fillStyle = '#0f172a';
  context.fillText(text, x + 6, data.y + settings.labelSize / 3);
}

const titleFont = (settings: FontSettings): string => `700 ${settings.labelSize - 1}px ${settings.labelFont}`;

function titleBox(context: CanvasRenderingContext2D, t: Title, settings: FontSettings): Box {
  context.font = titleFont(settings);
  const width = context.measureText(t.label.toUpperCase()).width;
  return { x0: t.x - 2, y0: t.y - settings.labelSize / 2 - 2, x1: t.x + width + 2, y1: t.y + settings.labelSize / 2 + 2 };
}

/**
 * The titles that fit: zoomed out on a map of many paths the bands are thinner than a line of
 * text, so going down the map a title is kept only where it clears the last one kept.
 */
export function spacedTitles(titles: readonly Title[], settings: FontSettings): Title[] {
  const kept: Title[] = [];
  let bottom = -Infinity;
  for (const t of titles) {
    if (t.y - settings.labelSize / 2 - 2 < bottom) continue;
    kept.push(t);
    bottom = t.y + settings.labelSize / 2 + 2;
  }
  return kept;
}

/** Learning path titles above their bands, drawn after sigma's labels on the same canvas. */
export function drawBandTitles(context: CanvasRenderingContext2D, titles: Title[], settings: FontSettings): void {
  context.font = titleFont(settings);
  context.textBaseline = 'middle';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255,255,255,0.95)';
  for (const t of titles) {
    const text = t.label.toUpperCase();
    context.fillStyle = t.colour;
    context.strokeText(text, t.x, t.y);
    context.fillText(text, t.x, t.y);
  }
  context.textBaseline = 'alphabetic';
}
