/** Ids of a field's parts; the input's own id is its draft path. */
export { hintId } from '../common/FieldShell';
export const errorId = (path: string) => `${path}--error`;
export const commentId = (path: string) => `${path}--comment`;
