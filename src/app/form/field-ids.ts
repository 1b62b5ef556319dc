/** Ids of a field's parts; the input's own id is its draft path. */
export const hintId = (path: string) => `${path}--hint`;
export const errorId = (path: string) => `${path}--error`;
export const commentId = (path: string) => `${path}--comment`;
