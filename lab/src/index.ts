/**
 * A `%%prose` cell of a nevreport chapter, written and read as prose.
 *
 * A prose cell stays a code cell: the kernel binds its placeholders to the data and applies every rule of the
 * report's prose when it runs (no typed numbers, lines whose data came later left out, errors naming the cell),
 * and Tab after `{` completes the data's ids from the kernel. Only the editor and the view change:
 *
 * - its editor speaks Markdown, as a Markdown cell's does: an apostrophe is a letter and "in" a word;
 * - while it is edited its paragraph (the result of the last run) is hidden, and while it is read its source
 *   is: the paragraph shows once. An error stays in view beside the source it is about.
 *
 * The notebook sets every code cell's language from the kernel's (when a kernel starts, when a cell is added);
 * a prose cell's is set again after it, and as soon as a cell's first line starts or stops being `%%prose`.
 * Nothing of this is saved in the notebook.
 */

import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { Cell, ICellModel, ICodeCellModel } from '@jupyterlab/cells';
import { INotebookTracker, Notebook, NotebookPanel } from '@jupyterlab/notebook';

/** The language of a Markdown cell's editor (GitHub Markdown with LaTeX). */
export const PROSE_MIMETYPE = 'text/x-ipythongfm';

const PROSE_CLASS = 'nr-prose';
const EDITING_CLASS = 'nr-prose-editing';
const SHOWN_CLASS = 'nr-prose-shown';

/** Whether a cell's source is a `%%prose` cell (its first line is the magic, as IPython reads it). */
export function isProse(source: string): boolean {
  return /^%%prose(\s|$)/.test(source.trimStart());
}

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
  requires: [INotebookTracker],
  activate: (_app: JupyterFrontEnd, tracker: INotebookTracker): void => {
    tracker.widgetAdded.connect((_, panel) => follow(panel));
  }
};

export default plugin;
