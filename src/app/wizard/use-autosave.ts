import { sameJson } from '../../report/canonical-json';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { lockedStatusOf } from '../../report/review';
import type { Draft } from '../../report/schema';
import { Autosaver } from '../../storage/autosaver';
import type { SaveState } from '../../storage/autosaver';
import { THIS_TAB } from '../../storage/broadcast-tab-channel';
import { onDraftSaved } from '../../storage/draft-changes';
import type { SaveOutcome } from '../../storage/draft-store';
import { saveDraft } from '../../storage/draft-store';
import { storableDraft } from '../../storage/storable-draft';
import { useDrafts } from '../drafts/repository-context';
import { SnapshotStore } from '../../storage/snapshot-store';

/** Where the form starts: the loaded draft (see useLoadedDraft). */
export interface AutosaveStart {
  readonly draft: Draft;
  readonly stored: Draft;
  readonly rev: number;
  readonly recovered: Readonly<Record<string, unknown>>;
}

export interface AutosaveEvents {
  /** Another tab changed the content and this form had nothing to keep: read it again. */
  onReload(): void;
  /** Another tab changed what this form also changed: nothing was saved; read it again. */
  onConflict(reason: Extract<SaveOutcome, { kind: 'conflict' }>['reason'] | 'missing'): void;
}

const withoutReview = ({ review: _review, ...rest }: Draft) => rest;

/**
 * Saves every change: at once to the edit journal (one small write per change, so that a
 * crash or a reload loses nothing), and to the stored draft 300 ms after typing pauses, at
 * once when the tab is hidden or closed, through saveDraft (merged with what another tab
 * wrote since, or refused). A read-only tab never writes.
 */
export function useAutosave(
  form: UseFormReturn<Draft>,
  draftId: string,
  start: AutosaveStart,
  readOnly: boolean,
  events: AutosaveEvents,
) {
  const { repository, journal, reportStorageProblem } = useDrafts();
  const { getValues, setValue, watch } = form;
  // A store, not state: a save must not re-render the form.
  const [state] = useState(() => new SnapshotStore<SaveState>({ kind: 'idle' }));
  const saver = useRef<Autosaver | undefined>(undefined);
  const readOnlyNow = useRef(readOnly);
  const eventsNow = useRef(events);
  useEffect(() => {
    eventsNow.current = events;
  }, [events]);

  useEffect(() => {
    readOnlyNow.current = readOnly;
    if (readOnly) saver.current?.cancel();
  }, [readOnly]);

  useEffect(() => {
    let base = start.stored;
    let baseRev = start.rev;
    /** Edits since the last save, path → value (the journal's content). */
    let edits: Record<string, unknown> = { ...start.recovered };
    const s = new Autosaver(
      async () => {
        const now = new Date();
        const stored = storableDraft(getValues(), base);
        if (!stored) throw new Error('草稿内容无法整理为有效的草稿');
        const covered = edits;
        const outcome = await saveDraft(repository, {
          id: draftId,
          base,
          baseRev,
          next: stored.draft,
          unparsed: stored.unparsed,
          writer: THIS_TAB,
        });
        if (outcome.kind === 'conflict' || outcome.kind === 'missing') {
          s.cancel();
          eventsNow.current.onConflict(outcome.kind === 'missing' ? 'missing' : outcome.reason);
          return now;
        }
        base = outcome.draft;
        baseRev = outcome.rev;
        // What was saved leaves the journal; what was typed during the save stays.
        const left = Object.entries(edits).filter(
          ([path, v]) => !(path in covered) || !sameJson(v, covered[path]),
        );
        edits = Object.fromEntries(left);
        if (left.length === 0) await journal.remove(draftId);
        else journal.write({ draftId, rev: baseRev, writer: THIS_TAB, edits });
        if (outcome.kind === 'merged') {
          if (!sameJson(withoutReview(outcome.draft), withoutReview(stored.draft)))
            eventsNow.current.onReload();
          else if (!sameJson(outcome.draft.review, stored.draft.review))
            setValue('review', outcome.draft.review);
        }
        return now;
      },
      (next) => {
        state.set(next);
        if (next.kind === 'failed') reportStorageProblem(`自动保存失败（${next.message}）`);
        else if (repository.persistent) reportStorageProblem(undefined);
      },
    );
    saver.current = s;
    const subscription = watch((_values, { name }) => {
      if (readOnlyNow.current) return;
      if (name) {
        edits = { ...edits, [name]: getValues(name) };
        journal.write({ draftId, rev: baseRev, writer: THIS_TAB, edits });
      }
      s.schedule();
    });
    // Another tab wrote this draft: take in what it wrote (merged with ours), or read it
    // again when this tab only shows it.
    const stopListening = onDraftSaved(draftId, THIS_TAB, (change) => {
      if (change.rev === baseRev) return;
      if (readOnlyNow.current) eventsNow.current.onReload();
      else void s.sync();
    });
    // Fields that fill themselves in when they mount (the preamble) changed the form before
    // this subscription existed; recovered edits are not stored yet. A submitted or approved
    // report is only shown: a field filling itself in is no change to it (and storing one
    // would break an approval's content digest).
    const filledIn = lockedStatusOf(start.stored) === null && !sameJson(getValues(), start.stored);
    if (!readOnlyNow.current && (filledIn || Object.keys(edits).length > 0)) {
      void s.sync();
    }
    const flushNow = () => void s.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      subscription.unsubscribe();
      stopListening();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      void s.flush();
    };
  }, [draftId, start, getValues, setValue, watch, repository, journal, reportStorageProblem, state]);

  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  return { state, flush };
}
