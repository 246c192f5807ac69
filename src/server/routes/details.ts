import { agreementDetail, listAgreements } from '../queries/agreements.ts';
import { articleDetail, listArticles } from '../queries/articles.ts';
import { eventDetail } from '../queries/event-detail.ts';
import { listPersons, personDetail } from '../queries/persons.ts';
import { searchArticles } from '../queries/search.ts';
import { paged, readPage } from '../paging.ts';
import { definePage } from '../route.ts';
import { agreementBody, agreementsBody } from '../views/agreement-views.ts';
import { articleBody, articlesBody, searchBody } from '../views/article-views.ts';
import { eventBody } from '../views/event-views.ts';
import { personBody, personsBody } from '../views/person-views.ts';
import { PAGING } from './dyads.ts';

/** `/events/:id`: one event with every evidence sentence. */
export const eventPage = definePage({
  path: '/events/:id',
  summary: 'One event with its mentions (each source sentence with its offsets and context) and status history',
  load: ({ db, params }) => ({ rows: [eventDetail(db, params.id)], next: null }),
  render: (d) => ({ title: `${d.rows[0].type} ${d.rows[0].date ?? ''}`, body: eventBody(d.rows[0]) }),
});

/** `/articles`: stored articles. */
export const articlesPage = definePage({
  path: '/articles',
  summary: 'Stored articles in ingest order, with their number of event mentions',
  query: PAGING,
  load: ({ db, query }) => paged(readPage(query), (limit, offset) => listArticles(db, limit, offset)),
  render: (d, { url }) => ({ title: 'Articles', body: articlesBody(d.rows, url, d.next) }),
});

/** `/articles/:id`: one article's text with its evidence sentences marked. */
export const articlePage = definePage({
  path: '/articles/:id',
  summary: "One article's text and metadata with the event mentions found in it (offsets into the text)",
  load: ({ db, params }) => ({ rows: [articleDetail(db, params.id)], next: null }),
  render: (d) => ({ title: d.rows[0].title ?? d.rows[0].name, body: articleBody(d.rows[0]) }),
});

/** `/search?q=`: full-text search. */
export const searchPage = definePage({
  path: '/search',
  summary: 'Full-text search over article titles and texts (SQLite FTS5); every word must match',
  query: [{ name: 'q', description: 'words to find' }, ...PAGING],
  load: ({ db, query }) => {
    const q = query.get('q')?.trim() ?? '';
    return { q, ...(q ? paged(readPage(query, 20), (limit, offset) => searchArticles(db, q, limit, offset)) : { rows: [], next: null }) };
  },
  render: (d, { url }) => ({ title: d.q ? `Search: ${d.q}` : 'Search', body: searchBody(d.q, d.rows, url, d.next) }),
});

/** `/agreements`: agreements with their latest status. */
export const agreementsPage = definePage({
  path: '/agreements',
  summary: 'Agreements with their parties and latest reported status',
  query: PAGING,
  load: ({ db, query }) => paged(readPage(query), (limit, offset) => listAgreements(db, limit, offset)),
  render: (d, { url }) => ({ title: 'Agreements', body: agreementsBody(d.rows, url, d.next) }),
});

/** `/agreements/:id`: one agreement's history. */
export const agreementPage = definePage({
  path: '/agreements/:id',
  summary: 'One agreement with its status history, each entry with the article words that reported it',
  load: ({ db, params }) => ({ rows: [agreementDetail(db, params.id)], next: null }),
  render: (d) => ({ title: d.rows[0].name, body: agreementBody(d.rows[0]) }),
});

/** `/persons`: people. */
export const personsPage = definePage({
  path: '/persons',
  summary: 'People with their aliases and number of role assertions',
  query: PAGING,
  load: ({ db, query }) => paged(readPage(query), (limit, offset) => listPersons(db, limit, offset)),
  render: (d, { url }) => ({ title: 'People', body: personsBody(d.rows, url, d.next) }),
});

/** `/persons/:id`: one person's roles over time. */
export const personPage = definePage({
  path: '/persons/:id',
  summary: "One person's roles over time: every role assertion with its date and source, grouped into periods",
  load: ({ db, params }) => ({ rows: [personDetail(db, params.id)], next: null }),
  render: (d) => ({ title: d.rows[0].name, body: personBody(d.rows[0]) }),
});
