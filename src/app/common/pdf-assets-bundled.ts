import type { PdfAssets } from '../../import/pdf-text';

/**
 * pdf.js's character maps for Chinese (GB and CNS encodings, Unicode and Adobe collections) and
 * its standard fonts, shipped with the app as separate files (inlined in the single-file build)
 * and fetched only when a PDF asks for one.
 */
const CMAPS = import.meta.glob<string>(
  [
    '/node_modules/pdfjs-dist/cmaps/Uni{GB,CNS}-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/Adobe-{GB1,CNS1}-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/{GB,GBK,GBpc,GBKp,GBT,GBTpc,CNS}-EUC-{H,V}.bcmap',
    '/node_modules/pdfjs-dist/cmaps/{GB,GBT,GBK2K,B5pc,ETen-B5,ETenms-B5,HKscs-B5,CNS1,CNS2}-{H,V}.bcmap',
  ],
  { query: '?url', import: 'default' },
);
const FONTS = import.meta.glob<string>('/node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url',
  import: 'default',
});

export const bundledPdfAssets: PdfAssets = {
  async load(kind, filename) {
    const dir = kind === 'cmap' ? 'cmaps' : 'standard_fonts';
    const url = (kind === 'cmap' ? CMAPS : FONTS)[`/node_modules/pdfjs-dist/${dir}/${filename}`];
    if (!url) return undefined;
    const response = await fetch(await url());
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  },
};
