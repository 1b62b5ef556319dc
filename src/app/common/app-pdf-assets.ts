// The app reads PDFs with the character maps and fonts it bundles (imported for this effect by
// every module of the app that reads a chosen file; pdf.js itself loads only when a PDF is read).
import { providePdfAssets } from '../../import/pdf-assets';
import { bundledPdfAssets } from './pdf-assets-bundled';

providePdfAssets(bundledPdfAssets);
