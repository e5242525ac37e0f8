/**
 * preview/index.html: every state with its screenshot (or why there is none), its route, and what the checks
 * found. Self-contained like the state files.
 */

export interface GalleryEntry {
  id: string;
  title: string;
  route: string;
  dark: boolean;
  /** File names relative to preview/. */
  html?: string;
  png?: string;
  /** The screenshots at each font size, first one as `png`. */
  shots?: { label: string; png: string }[];
  /** Short facts, e.g. "PNG 750×2796, 340 KB". */
  facts: string[];
  problems: string[];
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function galleryHtml(entries: readonly GalleryEntry[], notes: readonly string[]): string {
  const cards = entries
    .map((entry) => {
      const picture = entry.png
        ? `<a href="${escapeHtml(entry.png)}"><img src="${escapeHtml(entry.png)}" alt="${escapeHtml(entry.title)}" loading="lazy"></a>`
        : `<div class="none">no screenshot</div>`;
      const links = [
        entry.html ? `<a href="${escapeHtml(entry.html)}">HTML</a>` : '',
        ...(entry.shots && entry.shots.length > 0
          ? entry.shots.map((shot) => `<a href="${escapeHtml(shot.png)}">${escapeHtml(shot.label)}</a>`)
          : entry.png
            ? [`<a href="${escapeHtml(entry.png)}">PNG</a>`]
            : []),
      ]
        .filter(Boolean)
        .join(' · ');
      const problems = entry.problems.length
        ? `<ul class="problems">${entry.problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul>`
        : `<div class="ok">checks passed</div>`;
      return `<figure class="card${entry.dark ? ' dark' : ''}" id="${escapeHtml(entry.id)}">
${picture}
<figcaption><strong>${escapeHtml(entry.title)}</strong><br><code>${escapeHtml(entry.route)}</code> · ${escapeHtml(entry.id)}<br>${links}
<div class="facts">${entry.facts.map(escapeHtml).join('<br>')}</div>${problems}</figcaption>
</figure>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Browser preview · every page and state</title>
<style>
body { margin: 24px; font: 14px/1.5 -apple-system, "Noto Sans CJK SC", "PingFang SC", sans-serif; background: #eef0f3; color: #1f2329; }
h1 { font-size: 20px; margin: 0 0 8px; }
.notes { max-width: 900px; color: #555; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 20px; margin-top: 20px; }
.card { margin: 0; padding: 12px; background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.card.dark { background: #2a2a2a; color: #eee; }
.card.dark a { color: #8cc2ff; }
.card img { display: block; width: 100%; max-height: 520px; object-fit: cover; object-position: top; border-radius: 6px; border: 1px solid rgba(0,0,0,.1); }
.none { display: flex; align-items: center; justify-content: center; height: 200px; border: 1px dashed #999; border-radius: 6px; color: #888; }
figcaption { margin-top: 8px; }
.facts { margin-top: 6px; color: #666; font-size: 12px; white-space: pre-line; }
.ok { margin-top: 6px; color: #07a050; font-size: 12px; }
.problems { margin: 6px 0 0; padding-left: 18px; color: #c9302c; font-size: 12px; }
</style>
</head>
<body>
<h1>Browser preview: ${entries.length} states</h1>
<div class="notes">${notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('\n')}</div>
<div class="grid">
${cards}
</div>
</body>
</html>
`;
}
