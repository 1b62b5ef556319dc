import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Draft } from '../../../report/schema';
import { generatePreamble } from '../../../report/text/preamble';
import { useFormTools } from '../../form/form-context';
import { TextAreaField } from '../../form/TextAreaField';
import { metaField } from './meta-field';

/**
 * The preamble: follows the text generated from 基本信息 until the clerk edits it;
 * “重新生成” goes back to the generated text.
 */
export function PreambleField() {
  const { control, getValues, setValue } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const [agencyName, year, website, contact] = useWatch({
    control,
    name: ['meta.agencyName', 'meta.year', 'meta.website', 'meta.contact'],
  });
  const generated = generatePreamble({ agencyName, year, website, contact: { ...contact } });
  const [follows, setFollows] = useState(() => {
    const current = getValues('meta.preamble');
    return !current || current === generated;
  });
  useEffect(() => {
    if (follows && !readOnly && getValues('meta.preamble') !== generated) {
      setValue('meta.preamble', generated, { shouldDirty: true });
    }
  }, [follows, readOnly, generated, getValues, setValue]);
  const regenerate = () => {
    setValue('meta.preamble', generated, { shouldDirty: true });
    setFollows(true);
  };
  return (
    <div className="preamble">
      <TextAreaField
        {...metaField('meta.preamble')}
        rows={7}
        onEdit={(value) => setFollows(value === generated)}
      />
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
