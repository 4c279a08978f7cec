/**
 * The Questions panel, first in the left sidebar: the field's questions
 * (core/questions' QUESTIONS) as buttons. Choosing one writes, in one store
 * update, the question and the colour, size and filters it sets
 * (question-model.ts), switching first to a view where it works; the panel
 * then shows the two sentences of the question, a count, the ranked list
 * (the first {@link FIRST_ROWS}, then "Show all") whose rows select their
 * node (the camera follows the selection), and Reach's adoption chart.
 * Choosing the question again puts it away (the map keeps its settings).
 */
import { communityRunOf } from '../../../core/communities/methods';
import { formatNumber } from '../../../core/style/format';
import { QUESTIONS, type QuestionId } from '../../../core/questions';
import type { App } from '../../app';
import type { AppState } from '../../state/app-state';
import { viewData } from '../../state/dataset';
import { memo } from '../../state/derived';
import { h, type Panel } from '../panel';
import { adoptionChart } from './adoption-chart';
import {
  FIRST_ROWS,
  QUESTION_INPUT_MARK,
  questionById,
  questionSettings,
  questionView,
  viewNames,
  type QuestionInput,
  type QuestionRow,
  type QuestionView,
} from './question-model';
import './questions.css';

/** The question input of the state shown, or null without data. */
const inputOf = memo((dataset: AppState['dataset'], view: AppState['view']): QuestionInput | null => {
  const shown = dataset ? viewData(dataset, view) : undefined;
  if (!dataset || !shown) return null;
  // A user timing per input made (the tests check that a state without a question makes none).
  performance.mark(QUESTION_INPUT_MARK);
  const communities = communityRunOf(shown.params, shown.stats);
  return { view, shown, network: dataset.network.graph, indicators: new Map(Object.entries(dataset.indicators)), communities };
});

const answerOf = memo((question: QuestionId, input: QuestionInput): QuestionView => questionView(question, input));

/** Mounts the panel as the sidebar's first section. */
export function mountQuestions(sidebar: HTMLElement, app: App): Panel {
  const heading = h('h2', { text: 'Questions', attrs: { id: 'questions-heading' } });
  const buttons = QUESTIONS.map((q) =>
    h('button', { text: q.title, attrs: { type: 'button', 'aria-pressed': 'false', 'data-question': q.id, title: q.explanation[0] } }),
  );
  const group = h('div', { className: 'question-buttons', attrs: { role: 'group', 'aria-label': 'Questions' } }, ...buttons);
  const answer = h('div', { className: 'question-answer', attrs: { 'aria-live': 'polite' } });
  const section = h('section', { className: 'questions', attrs: { id: 'questions', 'aria-labelledby': 'questions-heading' } }, heading, group, answer);
  sidebar.prepend(section);
  /** The list shown in full: its question and data ("Show all" is forgotten when either changes). */
  let showAll: { question: QuestionId; dataset: AppState['dataset'] } | null = null;

  const choose = async (id: QuestionId): Promise<void> => {
    const s = app.store.get();
    if (s.question === id) return app.store.set({ question: null });
    const question = questionById(id);
    if (!question.views.includes(s.view)) await app.setView(question.views[0]!);
    const now = app.store.get();
    const input = inputOf(now.dataset, now.view);
    if (!input || !question.views.includes(now.view)) return;
    app.store.set({ question: id, ...questionSettings(id, input) });
  };
  buttons.forEach((b, i) => b.addEventListener('click', () => void choose(QUESTIONS[i]!.id)));

  const rowItem = (row: QuestionRow, inView: boolean): HTMLElement => {
    const select = h(
      'button',
      { className: 'question-row', attrs: { type: 'button', 'data-key': row.key, title: inView ? `Select ${row.label} on the map` : 'Not in this view' } },
      h('span', { className: 'row-label', text: row.label }),
      h('span', { className: 'row-value', text: row.value }),
      h('span', { className: 'row-detail', text: row.detail }),
    );
    select.disabled = !inView;
    select.addEventListener('click', () => app.select(row.key));
    const item = h('li', {}, select);
    if (row.community !== undefined) {
      const community = row.community;
      const only = h('button', { className: 'row-only', text: 'Only this', attrs: { type: 'button', title: `Show only ${row.label} on the map` } });
      only.addEventListener('click', () => app.store.set({ filters: { ...app.store.get().filters, communities: [community] } }));
      item.append(only);
    }
    return item;
  };

  const render = (): void => {
    const s = app.store.get();
    buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(QUESTIONS[i]!.id === s.question)));
    // Without a question nothing reads the input: at 100k nodes making it (the indicators as a Map) cost ~0.14 s of
    // the task in which a new file's state is set.
    const input = s.question ? inputOf(s.dataset, s.view) : null;
    if (!s.question || !input) {
      answer.replaceChildren(h('p', { className: 'muted', text: 'Choose a question: the map, its legend and a ranked list answer it.' }));
      return;
    }
    const id = s.question;
    const view = answerOf(id, input);
    const what = [
      h('p', { className: 'question-what', text: view.question.explanation[0] }),
      h('p', { className: 'muted', text: view.question.explanation[1] }),
    ];
    if (!view.works) {
      const go = h('button', { text: `Show it in the ${viewNames([view.question.views[0]!])} view`, attrs: { type: 'button' } });
      go.addEventListener('click', () => {
        app.store.set({ question: null });
        void choose(id);
      });
      answer.replaceChildren(h('p', { className: 'question-elsewhere', text: view.elsewhere }), go);
      return;
    }
    const all = showAll?.question === id && showAll.dataset === s.dataset;
    const rows = all ? view.rows : view.rows.slice(0, FIRST_ROWS);
    const list = h(
      'ol',
      { className: 'question-rows', attrs: { 'aria-label': `${view.question.title}: ranked list` } },
      ...rows.map((r) => rowItem(r, input.shown.graph.hasNode(r.key))),
    );
    const parts: HTMLElement[] = [
      ...what,
      h('p', { className: 'question-summary', text: view.summary }),
      h('p', { className: 'question-hint muted', text: 'Click a row to select it: the map brings out its links and zooms to it.' }),
      list,
    ];
    if (view.rows.length > FIRST_ROWS) {
      const more = h('button', {
        className: 'link-button',
        text: all ? `Show the first ${FIRST_ROWS}` : `Show all ${formatNumber(view.rows.length)}`,
        attrs: { type: 'button' },
      });
      more.addEventListener('click', () => {
        showAll = all ? null : { question: id, dataset: s.dataset };
        render();
      });
      parts.push(more);
    }
    if (view.adoption.length > 0) parts.push(h('h3', { text: 'How adoption grew' }), adoptionChart(view.adoption));
    answer.replaceChildren(...parts);
    markSelected(s.selected);
  };

  const markSelected = (selected: string | null): void => {
    for (const row of answer.querySelectorAll<HTMLButtonElement>('button.question-row')) {
      if (row.dataset['key'] === selected) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
  };

  const unsubscribe = app.store.subscribe((s, prev) => {
    if (s.question !== prev.question || s.dataset !== prev.dataset || s.view !== prev.view) render();
    else if (s.selected !== prev.selected) markSelected(s.selected);
  });
  render();
  return {
    kill() {
      unsubscribe();
      section.remove();
    },
  };
}
