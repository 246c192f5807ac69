import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, h, Safe } from './h.ts';

test('h escapes every interpolated value unless it is Safe', () => {
  const cases: [Safe, string][] = [
    [h`<p>${'<script>alert(1)</script>'}</p>`, '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    [h`<a title="${'" onmouseover="x'}">`, '<a title="&quot; onmouseover=&quot;x">'],
    [h`<p>${h`<b>${'&'}</b>`}</p>`, '<p><b>&amp;</b></p>'],
    [h`${['<i>', h`<i>`]}`, '&lt;i&gt;<i>'],
    [h`${null}${undefined}${false}${0}`, '0'],
    [h`${"it's"}`, 'it&#39;s'],
  ];
  for (const [got, want] of cases) assert.equal(got.value, want);
});

test('escapeHtml leaves plain text alone', () => {
  assert.equal(escapeHtml('Manila and Moscow'), 'Manila and Moscow');
});
