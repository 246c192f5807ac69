import assert from 'node:assert/strict';
import test from 'node:test';
import { loadAgreementLexicon } from './agreement-lexicon.ts';
import { findAgreements } from './find-agreements.ts';
import { handDoc } from './fixtures.ts';

const lexicon = loadAgreementLexicon();

test('things that look like agreements but name none, or say nothing of their progress', () => {
  const cases: [string, string][] = [
    ['a memorandum on a pronoun topic', 'A Memorandum of Understanding on these fields is being finalized by Arnor and Gondor.'],
    ['cooperation alone', 'Arnor and Gondor signed an agreement on cooperation.'],
    ['no status cue', 'The fisheries cooperation agreement between Arnor and Gondor is long.'],
    ['cooperation without an agreement', 'Arnor and Gondor signed up for fisheries cooperation.'],
    ['a count of deals', 'Arnor and Gondor signed 23 agreements since 1990.'],
  ];
  for (const [name, line] of cases) assert.deepEqual(findAgreements(handDoc([line], '2017-03-01'), lexicon), [], name);
});
