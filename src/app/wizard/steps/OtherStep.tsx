import { partById, PROCESSING_FEE_FIELDS } from '../../../report/layout/parts';
import { PROCESSING_FEES_HEADING } from '../../../report/layout/steps';
import { NumberField } from '../../form/NumberField';
import { ProseField } from '../last-year/ProseField';
import { FeeSentenceWriter } from './FeeSentenceWriter';

/** 六: the 信息处理费 figures and the free text (which gets the standard sentence when all are 0). */
export function OtherStep() {
  const [text] = partById('other').prose;
  return (
    <>
      <fieldset className="fieldset">
        <legend>{PROCESSING_FEES_HEADING}</legend>
        {PROCESSING_FEE_FIELDS.map((f) => (
          <NumberField
            key={f.key}
            path={`otherMatters.processingFees.${f.key}`}
            label={f.label}
            kind={f.kind}
            unit={f.unit}
          />
        ))}
      </fieldset>
      {text ? <ProseField field={text} rows={8} /> : null}
      <FeeSentenceWriter />
    </>
  );
}
