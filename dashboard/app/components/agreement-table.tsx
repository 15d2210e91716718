/** The agreement's targets against what happened: one row per promise. */
import { NOT_RECORDED, percent, rounded, words, type Figures } from '../figures';
import { DataTable } from './data-table';

export interface AgreementRow extends Figures {
  readonly measure: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly expectedByNow: number | null;
  readonly met: boolean | null;
  readonly onTrack: boolean | null;
}

/** Promises kept as a share (co-delivered sessions, CPD compliance) read as percentages; the rest as amounts. */
const SHARES = new Set(['CO_DELIVERED_SHARE', 'CPD_COMPLIANCE_RATE']);

function amount(row: AgreementRow, field: 'target' | 'expectedByNow' | 'actual') {
  return SHARES.has(row.measure) ? percent(row, field) : rounded(row, field);
}

function verdict(row: AgreementRow): string {
  if (row.met) return 'Met';
  if (row.onTrack === null) return NOT_RECORDED;
  return row.onTrack ? 'On track' : 'Behind';
}

export function AgreementTable({ caption, rows, exportName }: { caption: string; rows: readonly AgreementRow[]; exportName: string }) {
  return (
    <DataTable
      caption={caption}
      exportName={exportName}
      rows={rows}
      empty="The agreement sets no targets for this year."
      columns={[
        { header: 'Promise', value: (row) => words(row.measure) },
        { header: 'Target', value: (row) => amount(row, 'target'), numeric: true },
        { header: 'Expected by now', value: (row) => amount(row, 'expectedByNow'), numeric: true },
        { header: 'Actual', value: (row) => amount(row, 'actual'), numeric: true },
        { header: 'Status', value: verdict },
      ]}
    />
  );
}
