import { partById } from '../../../report/layout/parts';
import type { PartId } from '../../../report/layout/parts';
import { TextAreaField } from '../../form/TextAreaField';

/** A part made of prose (一, 五): each field with its label and hint from the layout. */
export function ProseStep({ part }: { part: PartId }) {
  return (
    <>
      {partById(part).prose.map((f) => (
        <TextAreaField
          key={f.path}
          path={f.path}
          label={f.label}
          hint={f.hint}
          rows={f.path === 'overview.summary' ? 3 : 6}
        />
      ))}
    </>
  );
}
