import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldWord, mergePerson, namesCompatible, resolvePerson, type KnownPerson } from './person-identity.ts';

const person = (id: string, name: string, country: string | null, titles: string[] = [], aliases: string[] = []): KnownPerson => ({ id, name, aliases, country, titles });

test('foldWord merges transliteration variants', () => {
  const same: [string, string][] = [
    ['Nikolai', 'Nikolay'],
    ['Sergey', 'Sergei'],
    ['Dmitry', 'Dmitri'],
    ['Alexey', 'Alexei'],
    ['Año', 'Ano'],
    ['Mikheyev', 'Mikheev'],
    ['Khrushchev', 'Hrushchev'],
  ];
  for (const [a, b] of same) assert.equal(foldWord(a), foldWord(b), `${a} / ${b}`);
});

test('namesCompatible: transliteration, suffixes, surname alone, truncation; not different given names', () => {
  const cases: [string, string, boolean][] = [
    ['Nikolai Patrushev', 'Nikolay Patrushev', true],
    ['Hermogenes Esperon Jr', 'Hermogenes Esperon', true],
    ['Hermogenes Esperon Jr', 'Esperon', true],
    ['Rodrigo Duterte', 'Duterte', true],
    ['Raymundo Elefan', 'Raymundo Elefante', true],
    ['Alexander Mikheyev', 'Aleksandr Mikheyev', true],
    ['R. Duterte', 'Rodrigo Duterte', true],
    ['Rodrigo Duterte', 'Sara Duterte', false],
    ['Ana Lopez', 'Ana Perez', false],
    ['Li Wei', 'Li Na', false],
  ];
  for (const [a, b, expected] of cases) assert.equal(namesCompatible(a, b), expected, `${a} / ${b}`);
});

test('resolvePerson: merges the same person across articles, never people whose countries or roles clash', () => {
  const known = [
    person('p:patrushev', 'Nikolai Patrushev', 'RUS', ['Secretary of the Security Council']),
    person('p:esperon', 'Hermogenes Esperon Jr', 'PHL', ['National Security Adviser']),
    person('p:rodrigo', 'Rodrigo Duterte', 'PHL', ['President']),
    person('p:sara', 'Sara Duterte', 'PHL', ['Mayor']),
    person('p:ivanov-rus', 'Sergei Ivanov', 'RUS', ['Defense Minister']),
  ];
  const cases: [Parameters<typeof resolvePerson>[0], string | 'new'][] = [
    [{ name: 'Nikolay Patrushev', country: 'RUS' }, 'p:patrushev'],
    [{ name: 'Hermogenes Esperon', country: 'PHL' }, 'p:esperon'],
    [{ name: 'Esperon', country: 'PHL', titles: ['National Security Adviser'] }, 'p:esperon'],
    [{ name: 'Rodrigo Duterte', country: 'PHL', titles: ['President'] }, 'p:rodrigo'],
    [{ name: 'Duterte', country: 'PHL', titles: ['President'] }, 'p:rodrigo'],
    [{ name: 'Duterte', country: 'PHL', titles: ['Vice Mayor'] }, 'new'],
    [{ name: 'Duterte', country: 'PHL' }, 'new'],
    [{ name: 'Patrushev', country: 'UKR' }, 'new'],
    [{ name: 'Sergei Ivanov', country: 'BGR' }, 'new'],
    [{ name: 'Sergey Ivanov', country: null }, 'p:ivanov-rus'],
    [{ name: 'Paolo Duterte', country: 'PHL' }, 'new'],
  ];
  for (const [mention, expected] of cases) {
    const r = resolvePerson(mention, known);
    if (expected === 'new') assert.ok(r.isNew, `${mention.name} (${mention.country}) must be new, got ${r.id}: ${r.reason}`);
    else assert.equal(r.id, expected, `${mention.name}: ${r.reason}`);
  }
});

test('resolvePerson gives a fresh, unique id to a new person', () => {
  const known = [person('person:ana-lopez:phl', 'Ana Lopez', 'PHL', ['Senator'])];
  const r = resolvePerson({ name: 'Ana Lopez', country: 'MEX' }, known);
  assert.ok(r.isNew);
  assert.equal(r.id, 'person:ana-lopez:mex');
});

test('mergePerson keeps the fullest name and gathers aliases and titles', () => {
  let p = person('p', 'Duterte', 'PHL', ['President']);
  p = mergePerson(p, { name: 'Rodrigo Duterte', titles: ['President'] });
  assert.equal(p.name, 'Rodrigo Duterte');
  assert.deepEqual(p.aliases, ['Duterte']);
  p = mergePerson(person('q', 'Nikolai Patrushev', 'RUS'), { name: 'Nikolay Patrushev' });
  assert.equal(p.name, 'Nikolai Patrushev');
  assert.equal(mergePerson(person('r', 'Raymundo Elefan', 'PHL'), { name: 'Raymundo Elefante' }).name, 'Raymundo Elefante');
  assert.equal(mergePerson(person('s', 'Hermogenes Esperon', 'PHL'), { name: 'Hermogenes Esperon Jr' }).name, 'Hermogenes Esperon Jr');
});
