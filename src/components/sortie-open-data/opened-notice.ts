import type { SortieNotice } from '../sortie-notices/sortie-notices';
import { formatCount } from '../shared/format';

/** Id of the notice that says which local file is open; replaced when another one opens. */
export const OPENED_NOTICE = 'opened-data';


/** "Opened la-riots.csv: 61 events (2 rows skipped)", with the reasons (the first ones) below. */
export function openedNotice(name: string, events: number, report: { skipped?: number | undefined; problems?: string[] | undefined }): SortieNotice {
  const skipped = report.skipped ?? 0;
  const rows = skipped ? ` (${formatCount(skipped)} ${skipped === 1 ? 'row' : 'rows'} skipped)` : '';
  return {
    id: OPENED_NOTICE,
    title: `Opened ${name}: ${formatCount(events)} ${events === 1 ? 'event' : 'events'}${rows}`,
    lines: skipped ? (report.problems ?? []) : [],
  };
}
