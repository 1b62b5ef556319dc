import { useCallback } from 'react';
import { useFormContext } from 'react-hook-form';
import { addReply } from '../../report/review-round';
import type { Draft } from '../../report/schema';
import { useSignerName } from '../common/use-signer-name';

const replyId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * The clerk replies to a review comment in the form; autosave stores it (with a server, the
 * sync sends it through the server's reply call, which writes the clerk's name and the time).
 * Returns why not, or null.
 */
export function useReplyToComment(): (commentId: string, text: string) => string | null {
  const { getValues, setValue } = useFormContext<Draft>();
  const signer = useSignerName();
  return useCallback(
    (commentId, text) => {
      const result = addReply(getValues(), commentId, {
        id: replyId(),
        text,
        author: signer(),
        role: 'clerk',
        at: new Date().toISOString(),
      });
      if (!result.ok) return result.message;
      if (result.draft.review) setValue('review', result.draft.review, { shouldDirty: true });
      return null;
    },
    [getValues, setValue, signer],
  );
}
