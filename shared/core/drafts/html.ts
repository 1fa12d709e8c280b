/**
 * The HTML of a draft is made from its plain text, escaping everything: names, subjects and numbers that come
 * from an e-mail can never become markup, and `{{` in a client's name stays text (templates are rendered before,
 * values are never rendered again). A blank line starts a paragraph, a line break stays one, and a run of lines
 * starting with "- " becomes a list.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function textToHtml(text: string): string {
  const blocks = text.split(/\n{2,}/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b.trim() !== '');
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const out: string[] = [];
      let para: string[] = [];
      let list: string[] = [];
      const flushPara = () => {
        if (para.length) out.push(`<p>${para.map(escapeHtml).join('<br>\n')}</p>`);
        para = [];
      };
      const flushList = () => {
        if (list.length) out.push(`<ul>\n${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('\n')}\n</ul>`);
        list = [];
      };
      for (const line of lines) {
        const item = /^\s*[-•]\s+(.*)$/.exec(line);
        if (item) {
          flushPara();
          list.push(item[1]!);
        } else {
          flushList();
          para.push(line);
        }
      }
      flushPara();
      flushList();
      return out.join('\n');
    })
    .join('\n');
}

/** Tidies a rendered text: no trailing spaces, at most one blank line in a row, no blank lines at the ends. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
