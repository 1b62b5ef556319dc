import { createContext, useContext } from 'react';
import { RevealStore } from './reveal-store';

export interface FormTools {
  /** The whole form is read-only (another tab edits this draft). */
  readonly readOnly: boolean;
  readonly reveal: RevealStore;
  /** A typed number was refused (message) or accepted (null): kept as a finding at `path`. */
  readonly setInputProblem: (path: string, message: string | null) => void;
}

export const FormToolsContext = createContext<FormTools>({
  readOnly: false,
  reveal: new RevealStore(),
  setInputProblem: () => {},
});

export function useFormTools(): FormTools {
  return useContext(FormToolsContext);
}
