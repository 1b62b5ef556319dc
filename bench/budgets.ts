/** The budgets of architecture.md: a figure passes when it is ≤ its budget. */
export const BUDGETS: Record<string, { max: number; unit: string }> = {
  first_load_js_gzip_kb: { max: 130, unit: 'KB' },
  first_step_usable_ms: { max: 500, unit: 'ms' },
  matrix_keystroke_p50_ms: { max: 16, unit: 'ms' },
  matrix_keystroke_p95_ms: { max: 16, unit: 'ms' },
  matrix_keystroke_throttled_p50_ms: { max: 50, unit: 'ms' },
  matrix_keystroke_throttled_p95_ms: { max: 50, unit: 'ms' },
  matrix_rerenders_per_keystroke: { max: 5, unit: 'components' },
  matrix_rerenders_per_keystroke_max: { max: 5, unit: 'components' },
  matrix_script_ms_per_keystroke: { max: 4, unit: 'ms' },
  docx_export_ms: { max: 1000, unit: 'ms' },
  html_export_ms: { max: 1000, unit: 'ms' },
  import_published_ms: { max: 20, unit: 'ms' },
  import_pdf_ms: { max: 500, unit: 'ms' },
  /** issue 12: the importer never takes more than 50 ms on a 100 KB text. */
  import_hostile_100kb_ms: { max: 50, unit: 'ms' },
  batch_check_1000_ms: { max: 3000, unit: 'ms' },
  autosave_after_keystroke_ms: { max: 1000, unit: 'ms' },
};

/** Figures printed for information only: no budget, not counted in the `budget:` line. */
export const INFO_UNITS: Record<string, string> = {
  matrix_keystroke_60hz_p50_ms: 'ms',
  matrix_keystroke_60hz_p95_ms: 'ms',
  matrix_keystroke_throttled_60hz_p50_ms: 'ms',
  matrix_keystroke_throttled_60hz_p95_ms: 'ms',
  matrix_step_open_ms: 'ms',
  matrix_step_open_throttled_ms: 'ms',
};
