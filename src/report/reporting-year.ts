/**
 * The year a report is being written for on a given day. Reports are written from November to
 * the 31 January deadline: from 1 November the year being reported is the current one; from
 * January to October it is the year before. Every default year — a new report, the desk, the
 * admin pages, a deadline, the CLI's sum — comes from here.
 */
export function reportingYear(today: Date = new Date()): number {
  const year = today.getFullYear();
  return today.getMonth() >= FIRST_MONTH_OF_WRITING ? year : year - 1;
}

/** November (months count from 0). */
const FIRST_MONTH_OF_WRITING = 10;
