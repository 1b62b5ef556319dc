import { partById } from '../../../report/layout/parts';
import type { PartId } from '../../../report/layout/parts';
import { ProseField } from '../last-year/ProseField';

/** A part made of prose (一, 五): each field with its label and hint from the layout. */
export function ProseStep({ part }: { part: PartId }) {
  return (
    <>
      {partById(part).prose.map((f) => (
        <ProseField key={f.path} field={f} rows={f.optional ? 3 : 6} />
      ))}
    </>
  );
}
