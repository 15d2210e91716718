/**
 * Prints the text of a PDF, page by page, with pdf.js: the browser tests check a printed report
 * by what it says. A separate process, as pdf.js is an ES module the test runner cannot load.
 *   node test/support/pdf-text.mjs report.pdf
 */
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const document = await getDocument({ data: new Uint8Array(fs.readFileSync(process.argv[2])), useSystemFonts: true }).promise;
const pages = [];
for (let number = 1; number <= document.numPages; number += 1) {
  const content = await (await document.getPage(number)).getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
}
process.stdout.write(JSON.stringify({ pages }));
