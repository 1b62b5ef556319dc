import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { generatePreamble } from '../../report/text/preamble';

/** The preamble 基本信息 generates now. */
export function generatedPreamble(values: Draft): string {
  const { agencyName, year, website, contact } = values.meta;
  return generatePreamble({ agencyName, year, website, contact: { ...contact } });
}

/**
 * Keeps the preamble in step with 基本信息 while it follows the generated text (empty, or the
 * generated text itself), whichever step is shown: a report submitted without 基本信息 ever
 * being opened holds its preamble too. Once the clerk writes their own it is left alone until
 * 重新生成 puts the generated text back. A read-only form (submitted, approved, another tab's)
 * is never changed.
 */
export function useGeneratedPreamble(form: UseFormReturn<Draft>, locked: boolean): void {
  const { getValues, setValue, watch } = form;
  const following = useRef<boolean | undefined>(undefined);
  const lockedNow = useRef(locked);

  useEffect(() => {
    lockedNow.current = locked;
    const values = getValues();
    const generated = generatedPreamble(values);
    if (following.current === undefined) {
      following.current = !values.meta.preamble || values.meta.preamble === generated;
    }
    if (!locked && following.current && values.meta.preamble !== generated) {
      setValue('meta.preamble', generated, { shouldDirty: true });
    }
  }, [locked, getValues, setValue]);

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      // Only 基本信息 concerns the preamble: a keystroke in the tables returns at once.
      if (!name?.startsWith('meta.')) return;
      const values = getValues();
      const generated = generatedPreamble(values);
      if (name === 'meta.preamble') {
        following.current = values.meta.preamble === generated;
        return;
      }
      if (lockedNow.current || !following.current) return;
      if (values.meta.preamble !== generated) setValue('meta.preamble', generated, { shouldDirty: true });
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues, setValue]);
}
