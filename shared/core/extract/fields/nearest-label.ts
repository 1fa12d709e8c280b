/**
 * Finds which label stands right before a value on its line. The nearest label wins: in
 * "Total HT 2 540,00 € — Total TTC 3 048,00 €" the second amount belongs to "TTC", not to "HT".
 */
export interface LabelHit<K extends string> {
  kind: K;
  /** Characters between the end of the label and the value. */
  gap: number;
  /** The label as matched (folded). */
  label: string;
}

const FILLER = /^[\s:.=\-–—>|()[\]*#°ºn'"]*$/;

/**
 * `before` is the folded text before the value (same line). A label counts when only separators or
 * short filler words stand between it and the value (at most `maxGap` characters).
 */
export function nearestLabel<K extends string>(
  before: string,
  labels: ReadonlyArray<readonly [K, RegExp]>,
  maxGap = 40,
): LabelHit<K> | null {
  const window = before.slice(-maxGap - 80);
  let best: LabelHit<K> | null = null;
  let bestEnd = -1;
  for (const [kind, re] of labels) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      // The label ending last is the nearest; of two ending together the longer one says more ("Totaal incl.
      // btw" is a total, not the "btw" it ends with); on a full tie the kind listed first wins.
      if (end > bestEnd || (end === bestEnd && m[0].length > best!.label.length)) {
        bestEnd = end;
        best = { kind, gap: window.length - end, label: m[0] };
      }
      // Overlapping labels are all seen: in "payable au plus tard le" the "au plus tard le" ends last, though
      // "payable au" matched first.
      re.lastIndex = m.index + 1;
    }
  }
  // (a table's run of spaces counts as one: « Total TTC                                   6 480,00 € », and so does a
  // run of leader dots: « Net à payer ........................................ 4 095,00 € »)
  return best && (best.gap <= maxGap || window.slice(bestEnd).replace(/[ \t]{2,}|[.·…_]{3,}/g, ' ').length <= maxGap) ? best : null;
}

/** True when only separators stand between a label and its value. */
export function isTightGap(between: string): boolean {
  return FILLER.test(between);
}
