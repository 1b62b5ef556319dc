import { useCallback, useContext } from 'react';
import { FindingsContext } from '../findings/use-findings';
import { useFormTools } from './form-context';

/** The blur handler that shows a field's problems once the clerk moves on from it. */
export function useRevealOnBlur(path: string): () => void {
  const { reveal } = useFormTools();
  const findings = useContext(FindingsContext);
  return useCallback(() => reveal.reveal(path, findings.at(path)), [reveal, findings, path]);
}
