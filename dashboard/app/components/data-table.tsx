/**
 * A table of figures with its CSV download. The download holds every row: the rows shown, or
 * all pages of the list when `allRows` fetches them (the page shows the first 100).
 */
import { useState } from 'preact/hooks';
import { csvText, download } from '../csv';
import type { Shown } from '../figures';

export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => Shown;
  readonly numeric?: boolean;
}

interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  /** The file name of the download, without ".csv". */
  readonly exportName: string;
  /** Every row of a paged list, for the download. */
  readonly allRows?: () => Promise<readonly Row[]>;
  /** How many rows there are in all, when the table shows only the first page. */
  readonly totalCount?: number;
  readonly empty?: string;
}

export function DataTable<Row>({ caption, columns, rows, exportName, allRows, totalCount, empty }: DataTableProps<Row>) {
  const [exporting, setExporting] = useState<string | null>(null);
  const exportCsv = async () => {
    setExporting('Preparing the download…');
    try {
      const everyRow = allRows ? await allRows() : rows;
      const text = csvText(
        columns.map((column) => column.header),
        everyRow.map((row) => columns.map((column) => column.value(row))),
      );
      download(`${exportName}.csv`, text);
      setExporting(null);
    } catch (error) {
      setExporting(`The download failed: ${(error as Error).message}`);
    }
  };
  return (
    <div class="table-block">
      <div class="table-scroll">
        <table>
          <caption>
            {caption}
            {totalCount !== undefined && totalCount > rows.length ? ` (first ${rows.length} of ${totalCount}; the download has all)` : ''}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" class={column.numeric ? 'numeric' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{empty ?? 'Nothing to show.'}</td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr>
                  {columns.map((column) => (
                    <td class={column.numeric ? 'numeric' : undefined}>{column.value(row)}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <button type="button" class="secondary no-print" onClick={exportCsv} aria-label={`Download CSV: ${caption}`}>
        Download CSV
      </button>
      {exporting && (
        <span class="status" role="status">
          {exporting}
        </span>
      )}
    </div>
  );
}
