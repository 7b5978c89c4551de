/**
 * A source's text from a file: plain text and Markdown as they are, HTML as the text it shows
 * (parsed with DOMParser, which runs no script and loads nothing; never rendered), one line per
 * block so splitParagraphs finds its paragraphs.
 */
export interface SourceFileText {
  text: string;
  /** What the file says about itself (HTML's lang and title), to fill empty fields. */
  language?: string;
  title?: string;
}

export const SOURCE_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

const BLOCKS =
  'address,article,aside,blockquote,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

export function isHtmlFile(name: string, type: string): boolean {
  return type === 'text/html' || /\.html?$/i.test(name);
}

export function htmlText(html: string): SourceFileText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = doc.title.trim() || undefined;
  const language = doc.documentElement.getAttribute('lang')?.trim().toLowerCase() || undefined;
  const body = doc.body;
  if (!body) return { text: '', title, language };
  body.querySelectorAll('script,style,noscript,template,iframe,object,svg').forEach((node) => {
    node.remove();
  });
  // Inside a block, the file's own line breaks are only spaces; blocks and <br> end lines.
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.textContent = (node.textContent ?? '').replace(/\s+/g, ' ');
  }
  body.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  body.querySelectorAll(BLOCKS).forEach((block) => {
    block.before('\n');
    block.after('\n');
  });
  return { text: body.textContent ?? '', title, language };
}

function fileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

export async function readSourceFile(file: File): Promise<SourceFileText> {
  const text = await fileText(file);
  return isHtmlFile(file.name, file.type) ? htmlText(text) : { text };
}
