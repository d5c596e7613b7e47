/** "Continue from part 4 (read on another device 10 min ago)": what an open reader offers when another device moved on. */
export function agoText(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.round(h / 24);
  return d === 1 ? 'yesterday' : `${d} days ago`;
}

export function remotePlaceText(part: number, at: number, now: number): string {
  return `Continue from part ${part} (read on another device ${agoText(now - at)})`;
}
