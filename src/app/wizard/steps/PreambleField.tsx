import { useFormContext, useWatch } from 'react-hook-form';
import type { Draft } from '../../../report/schema';
import { useFormTools } from '../../form/form-context';
import { TextAreaField } from '../../form/TextAreaField';
import { generatedPreamble } from '../use-generated-preamble';
import { metaField } from './meta-field';

/**
 * The preamble: follows the text generated from 基本信息 until the clerk edits it (the form
 * keeps it in step: use-generated-preamble.ts); “重新生成” goes back to the generated text.
 */
export function PreambleField() {
  const { control, getValues, setValue } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  // Watched so that the note below follows; the values themselves are read from the form.
  useWatch({ control, name: 'meta' });
  const generated = generatedPreamble(getValues());
  const follows = getValues('meta.preamble') === generated;
  const regenerate = () => setValue('meta.preamble', generated, { shouldDirty: true });
  return (
    <div className="preamble">
      <TextAreaField {...metaField('meta.preamble')} rows={7} />
      <div className="preamble-actions">
        <button type="button" className="button" onClick={regenerate} disabled={readOnly}>
          重新生成
        </button>
        <p className="preamble-note">
          {follows ? '随上面填写的信息自动更新。' : '已手动修改，不再自动更新。'}
        </p>
      </div>
    </div>
  );
}
