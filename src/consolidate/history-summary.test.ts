import assert from 'node:assert/strict';
import test from 'node:test';
import { summariseHistory } from './history-summary.ts';

test('status histories are summarised one step per run of a status', () => {
  const cases: [Parameters<typeof summariseHistory>[0], string][] = [
    [[], ''],
    [[{ status: 'occurred', as_of: '2018-05-16' }], 'occurred (2018-05-16)'],
    [
      [{ status: 'planned', as_of: '2017-02-17' }, { status: 'planned', as_of: '2017-05' }, { status: 'occurred', as_of: '2018-05-16' }, { status: 'occurred', as_of: null }],
      'planned (2 reports, 2017-02-17 … 2017-05) → occurred (2 reports, 2018-05-16 … undated)',
    ],
  ];
  for (const [history, want] of cases) assert.equal(summariseHistory(history), want);
});
