/**
 * The vocabulary the benchmark generator composes articles from: sentence templates written for dyad
 * (fictional reporting, no third-party text) and word pools. Slots in braces are filled by article.ts:
 * {A} {B} country names, {adjA} {adjB} adjectives, {capA} {capB} capitals, {PA} {PB} people with titles,
 * {pa} {pb} their surnames, {DATE} a date phrase, {TOPIC} a topic, {N} a number, {Q} a quoted remark.
 */

/** Event sentences, grouped by the status the wording gives them. */
export const EVENT_TEMPLATES: Record<'occurred' | 'planned' | 'negated' | 'hypothetical', readonly string[]> = {
  occurred: [
    '{PA} met {PB} in {capA} {DATE} to discuss {TOPIC}.',
    '{A} and {B} signed an agreement on {TOPIC} {DATE}, according to a joint statement.',
    '{A} accused {B} of violating the ceasefire along their shared border {DATE}.',
    '{A} imposed new sanctions on {B} {DATE} over its handling of {TOPIC}.',
    '{PA} visited {B} {DATE}, the first such trip in {N} years.',
    '{A} expelled {N} {adjB} diplomats {DATE}, citing activities incompatible with their status.',
    '{PA} telephoned {PB} {DATE} and the two discussed {TOPIC}.',
    '{A} condemned the missile test carried out by {B} {DATE}.',
    'Troops from {A} attacked positions held by {B} near the border {DATE}, killing {N} soldiers.',
    '{A} provided {N} million dollars in humanitarian aid to {B} {DATE}.',
    '{A} praised {B} for its role in the talks on {TOPIC}.',
    '{A} and {B} agreed {DATE} to resume negotiations on {TOPIC}.',
    '{PA} hosted {PB} at the presidential palace {DATE}.',
    '{A} demanded that {B} withdraw its forces from the disputed area.',
    '{A} recalled its ambassador from {B} {DATE} in protest.',
    '{adjA} and {adjB} navies held joint exercises in the strait {DATE}.',
    '{A} threatened {B} with retaliation after the incident {DATE}.',
    '{A} extradited two suspects to {B} {DATE}.',
  ],
  planned: [
    '{PA} will visit {B} {DATE} for talks on {TOPIC}, officials said.',
    '{A} is expected to sign a defence pact with {B} {DATE}.',
    '{A} plans to host a summit with {B} {DATE}.',
    '{PA} is scheduled to meet {PB} in {capB} {DATE}.',
    '{A} intends to supply {B} with medicine and food {DATE}.',
    'Officials said {A} would open an embassy in {B} {DATE}.',
    '{A} and {B} are set to hold consultations on {TOPIC} {DATE}.',
  ],
  negated: [
    '{A} did not agree to the proposal from {B} on {TOPIC}.',
    '{PA} refused to meet {PB} during the conference {DATE}.',
    '{A} denied that it had attacked {B} {DATE}.',
    '{A} has not signed the accord with {B}, a spokesperson said.',
    '{A} never recognised the government of {B}.',
  ],
  hypothetical: [
    '{A} could impose sanctions on {B} if the talks on {TOPIC} fail.',
    '{A} may send troops to {B} should the situation worsen.',
    'Diplomats said {A} might invite {B} to the next round of talks.',
    'If {B} agrees, {A} would lift the ban on imports {DATE}.',
  ],
};

/** Sentences with no event between countries: background, quotes, economy and colour. */
export const FILLER_TEMPLATES: readonly string[] = [
  'Analysts said the dispute over {TOPIC} has weighed on relations for years.',
  '"We are ready to work with all our partners on {TOPIC}," {pa} told reporters after the session.',
  'The {adjA} currency rose {N} percent against the dollar in afternoon trading.',
  'Local newspapers carried the story on their front pages, and commentators were divided.',
  'A professor of international relations at a university in {capA} said the move was largely symbolic.',
  'Trade between the two countries reached {N} billion dollars last year, according to customs data.',
  'The ministry did not respond to a request for comment.',
  'Heavy rain fell across {capB} for most of the week, delaying several official engagements.',
  'Opposition lawmakers criticised the government for what they called a lack of transparency.',
  'The issue is expected to feature prominently in the election campaign.',
  'Officials declined to give further details, citing the sensitivity of the matter.',
  'Both governments have described the relationship as pragmatic rather than warm.',
  'Shares in {adjA} shipping companies fell sharply after the announcement.',
  'The statement made no mention of {TOPIC}, which had dominated earlier rounds.',
  'Several hundred people gathered outside the parliament in {capA} to follow the debate.',
  '"This is a matter for the courts, not for politicians," said {pb}, speaking on state television.',
  'The report, which runs to {N} pages, was prepared by a panel of independent experts.',
  'Fishermen in the coastal provinces say they have been affected by the tensions.',
  'Government revenue from tourism has recovered to about {N} percent of its earlier level.',
  'Diplomats in {capB} said privately that they were not surprised by the outcome.',
  'The central bank kept its main interest rate unchanged at {N} percent.',
  'Many of the details were first reported by a regional broadcaster.',
  'Observers noted that the wording of the communique had been softened at the last minute.',
  'Critics argue that the policy has done little to improve living standards.',
];

/** What the talks are about. */
export const TOPICS: readonly string[] = [
  'maritime security', 'energy cooperation', 'the border dispute', 'fishing rights', 'counterterrorism',
  'trade and investment', 'climate finance', 'refugee flows', 'nuclear safety', 'debt relief',
  'cyber security', 'the water-sharing treaty', 'arms control', 'visa rules', 'grain exports',
  'public health', 'the port project', 'student exchanges', 'military cooperation', 'drug trafficking',
];

/** Titles a person can hold; the generator assigns each fictional person one. */
export const TITLES: readonly string[] = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister',
  'Interior Minister', 'Finance Minister', 'Ambassador', 'National Security Adviser', 'Deputy Foreign Minister',
];

/** Syllables for fictional given names and surnames. */
export const NAME_SYLLABLES = {
  first: ['Al', 'Be', 'Ca', 'Da', 'El', 'Fa', 'Go', 'Ha', 'Ili', 'Jo', 'Ka', 'Lu', 'Ma', 'Na', 'O', 'Pe', 'Ra', 'Se', 'Ta', 'Vi', 'Ya', 'Zo'],
  middle: ['ri', 'na', 'lo', 'ven', 'sa', 'mir', 'te', 'do', 'ka', 'bel', 'ro', 'li'],
  last: ['nov', 'sson', 'ez', 'ani', 'ski', 'ura', 'mann', 'ou', 'ić', 'oglu', 'ayo', 'berg', 'wa', 'ides'],
} as const;

/** Weekday names and months for date phrases. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Relative date phrases resolved against the publication date. */
export const RELATIVE_PAST: readonly string[] = ['last week', 'yesterday', 'earlier this month', 'last month', 'on Monday', 'two days ago', 'last year'];
export const RELATIVE_FUTURE: readonly string[] = ['next week', 'tomorrow', 'later this month', 'next month', 'later this year', 'next year', 'in the coming days'];

/** Headline patterns. */
export const HEADLINES: readonly string[] = [
  '{A} and {B} discuss {TOPIC}',
  '{A} warns {B} over {TOPIC}',
  '{adjA} leader to visit {B}',
  'Tensions rise between {A} and {B}',
  '{A}, {B} sign deal on {TOPIC}',
  '{B} rejects {adjA} proposal',
];

/** Country names that take "the" in running text (the Philippines, the United Kingdom). */
export const DEFINITE_NAMES = /^(United |Czech |Central African|Dominican Republic|Marshall |Solomon |Philippines|Netherlands|Bahamas|Comoros|Maldives|Seychelles|Gambia)/;
