import { createContext, useContext } from 'react';
import { RevealStore } from './reveal-store';

export interface FormTools {
  /** The whole form is read-only (another tab edits this draft). */
  readonly readOnly: boolean;
  readonly reveal: RevealStore;
  /** A typed number was refused (message) or accepted (null): kept as a finding at `path`. */
  readonly setInputProblem: (path: string, message: string | null) => void;
  /** Saves what the form holds now (a command that must follow the content waits for it). */
  readonly saveNow: () => Promise<void>;
}

export const FormToolsContext = createContext<FormTools>({
  readOnly: false,
  reveal: new RevealStore(),
  setInputProblem: () => {},
  saveNow: async () => {},
});

export function useFormTools(): FormTools {
  return useContext(FormToolsContext);
}
