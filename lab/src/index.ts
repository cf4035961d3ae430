/**
 * A `%%prose` cell of a nevreport chapter, written and read as prose.
 *
 * A prose cell stays a code cell: the kernel binds its placeholders to the data and applies every rule of the
 * report's prose when it runs (no typed numbers, lines whose data came later left out, errors naming the cell),
 * and Tab after `{` completes the data's ids from the kernel. Only the editor and the view change:
 *
 * - its editor speaks Markdown, as a Markdown cell's does: an apostrophe is a letter and "in" a word; a
 *   placeholder (`{id}`, `{id:range}`) stands out, and so does a number typed where a placeholder belongs,
 *   underlined as you type (the kernel still refuses it when the cell runs, and the build);
 * - while it is edited its paragraph (the result of the last run) is hidden, and while it is read its source
 *   is: the paragraph shows once. An error stays in view beside the source it is about.
 *
 * The notebook sets every code cell's language from the kernel's (when a kernel starts, when a cell is added);
 * a prose cell's is set again after it, and as soon as a cell's first line starts or stops being `%%prose`.
 * Nothing of this is saved in the notebook.
 */

import { LanguageSupport } from '@codemirror/language';
import { Decoration, DecorationSet, EditorView, ViewPlugin, ViewUpdate } from '@codemirror/view';
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { Cell, ICellModel, ICodeCellModel } from '@jupyterlab/cells';
import { IEditorLanguageRegistry } from '@jupyterlab/codemirror';
import { INotebookTracker, Notebook, NotebookPanel } from '@jupyterlab/notebook';

import { isProse, proseMarks } from './grammar';

/** The language of a prose cell's editor: a Markdown cell's, with the prose grammar marked. */
export const PROSE_MIMETYPE = 'text/x-nevreport-prose';
/** The language of a Markdown cell's editor (GitHub Markdown with LaTeX). */
const MARKDOWN_MIMETYPE = 'text/x-ipythongfm';

const placeholderMark = Decoration.mark({ class: 'nr-prose-placeholder' });
const typedNumberMark = Decoration.mark({
  class: 'nr-prose-typed-number',
  attributes: {
    title:
      'A number typed into prose: name the figure, supplementary figure or indicator instead, ' +
      'e.g. {china_nev_sales_2023} (years and ordinals may be typed)'
  }
});

function decorations(view: EditorView): DecorationSet {
  return Decoration.set(
    proseMarks(view.state.doc.toString()).map(mark =>
      (mark.typed ? typedNumberMark : placeholderMark).range(mark.from, mark.to)
    )
  );
}

const proseView = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorations(view);
    }
    update(update: ViewUpdate): void {
      if (update.docChanged) {
        this.decorations = decorations(update.view);
      }
    }
  },
  { decorations: plugin => plugin.decorations }
);

/** The prose language: a Markdown cell's language, with placeholders and typed numbers marked. */
function registerProse(languages: IEditorLanguageRegistry): void {
  languages.addLanguage({
    name: 'nevreport-prose',
    displayName: 'Prose (nevreport)',
    mime: PROSE_MIMETYPE,
    load: async () => {
      const markdown =
        (await languages.getLanguage(MARKDOWN_MIMETYPE)) ?? (await languages.getLanguage('markdown'));
      const support = markdown?.support;
      if (!support) {
        return new LanguageSupport(
          (await languages.getLanguage('text/plain'))!.support!.language,
          proseView
        );
      }
      return new LanguageSupport(support.language, [support.support, proseView]);
    }
  });
}

const PROSE_CLASS = 'nr-prose';
const EDITING_CLASS = 'nr-prose-editing';
const SHOWN_CLASS = 'nr-prose-shown';

function outputs(model: ICellModel): ICodeCellModel['outputs'] | null {
  return model.type === 'code' ? (model as ICodeCellModel).outputs : null;
}

/** Whether a cell shows its paragraph: it has output and none of it is an error. */
function shown(model: ICellModel): boolean {
  const area = outputs(model);
  if (!area || area.length === 0) {
    return false;
  }
  for (let i = 0; i < area.length; i++) {
    if (area.get(i).type === 'error') {
      return false;
    }
  }
  return true;
}

function follow(panel: NotebookPanel): void {
  const notebook: Notebook = panel.content;
  const watched = new WeakSet<ICellModel>();

  const refresh = (): void => {
    for (const cell of notebook.widgets) {
      const prose = cell.model.type === 'code' && isProse(cell.model.sharedModel.getSource());
      const editing = prose && cell === notebook.activeCell && notebook.mode === 'edit';
      cell.toggleClass(PROSE_CLASS, prose);
      cell.toggleClass(EDITING_CLASS, editing);
      cell.toggleClass(SHOWN_CLASS, prose && shown(cell.model));
    }
  };

  const language = (model: ICellModel): void => {
    const wanted = isProse(model.sharedModel.getSource()) ? PROSE_MIMETYPE : notebook.codeMimetype;
    if (model.mimeType !== wanted) {
      model.mimeType = wanted;
    }
  };

  const watch = (model: ICellModel): void => {
    if (model.type !== 'code' || watched.has(model)) {
      return;
    }
    watched.add(model);
    // The notebook sets the kernel's language after a cell is made and whenever the kernel's info arrives.
    model.mimeTypeChanged.connect(() => language(model));
    let wasProse = isProse(model.sharedModel.getSource());
    model.contentChanged.connect(() => {
      const prose = isProse(model.sharedModel.getSource());
      if (prose !== wasProse) {
        wasProse = prose;
        language(model);
        refresh();
      }
    });
    outputs(model)?.changed.connect(refresh);
    language(model);
  };

  const start = (): void => {
    const model = notebook.model;
    if (!model) {
      return;
    }
    for (const cell of model.cells) {
      watch(cell);
    }
    model.cells.changed.connect((_, change) => {
      if (change.type === 'add') {
        change.newValues.forEach(watch);
      }
      refresh();
    });
    refresh();
  };

  notebook.activeCellChanged.connect(refresh);
  notebook.stateChanged.connect((_, change) => {
    if (change.name === 'mode') {
      refresh();
    }
  });
  // A double click on a paragraph edits its source, as on a Markdown cell.
  notebook.node.addEventListener('dblclick', event => {
    const index = notebook.widgets.findIndex((cell: Cell) => cell.node.contains(event.target as Node));
    const cell = notebook.widgets[index];
    if (cell && cell.hasClass(SHOWN_CLASS) && !cell.hasClass(EDITING_CLASS)) {
      notebook.activeCellIndex = index;
      notebook.mode = 'edit';
    }
  });
  void panel.context.ready.then(start);
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'nevreport-prose:plugin',
  description: 'A %%prose cell of a nevreport chapter edited and read as Markdown prose.',
  autoStart: true,
  requires: [INotebookTracker, IEditorLanguageRegistry],
  activate: (_app: JupyterFrontEnd, tracker: INotebookTracker, languages: IEditorLanguageRegistry): void => {
    registerProse(languages);
    tracker.widgetAdded.connect((_, panel) => follow(panel));
  }
};

export default plugin;
