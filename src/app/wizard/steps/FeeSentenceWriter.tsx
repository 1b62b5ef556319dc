import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Draft } from '../../../report/schema';
import { feeSentence } from '../../../report/text/fee-sentence';
import { useFormTools } from '../../form/form-context';

/**
 * When all three fee figures are 0 and part 六's text is empty, writes the standard
 * sentence into it for the clerk to edit. Never touches text the clerk wrote.
 */
export function FeeSentenceWriter() {
  const { control, getValues, setValue } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const [fees, year] = useWatch({ control, name: ['otherMatters.processingFees', 'meta.year'] });
  const { noticesSent, noticesAmount, collectedAmount } = fees;
  useEffect(() => {
    const allZero = noticesSent === 0 && noticesAmount === 0 && collectedAmount === 0;
    if (readOnly || !allZero || getValues('otherMatters.text').trim() !== '') return;
    setValue('otherMatters.text', feeSentence(year, { noticesSent, noticesAmount, collectedAmount }), {
      shouldDirty: true,
    });
  }, [noticesSent, noticesAmount, collectedAmount, year, readOnly, getValues, setValue]);
  return null;
}
