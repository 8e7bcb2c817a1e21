/**
 * The CMS's validation messages, derived from the build's (messages.ts), so an
 * editor sees before saving exactly the sentence the build would print. Decap
 * fills in its %{…} placeholders; these phrases replace the ones of its zh_Hans
 * locale under `editor.editorControlPane.widget`.
 */
import { modelMessages as m } from './messages';

const label = '%{fieldLabel}';

export function decapValidationPhrases(): Record<string, string> {
  return {
    required: m.required(label),
    // Patterns carry their full message (m.pattern) as the second element of `pattern`.
    regexPattern: '%{pattern}',
    range: m.range(label, '%{minValue}', '%{maxValue}'),
    min: m.min(label, '%{minValue}'),
    max: m.max(label, '%{maxValue}'),
    rangeCount: m.listRange(label, '%{minCount}', '%{maxCount}'),
    rangeCountExact: m.listRange(label, '%{count}', '%{count}'),
    rangeMin: m.listMin(label, '%{minCount}'),
    rangeMax: m.listMax(label, '%{maxCount}'),
    minCount: m.listMin(label, '%{minCount}'),
    maxCount: m.listMax(label, '%{maxCount}'),
  };
}

type Phrases = { editor?: { editorControlPane?: { widget?: Record<string, string> } } } & Record<string, unknown>;

/** A copy of a Decap locale with the validation phrases of the content model. */
export function withModelValidationPhrases<P extends Phrases>(phrases: P): P {
  const editor = phrases.editor ?? {};
  const pane = editor.editorControlPane ?? {};
  return {
    ...phrases,
    editor: { ...editor, editorControlPane: { ...pane, widget: { ...pane.widget, ...decapValidationPhrases() } } },
  };
}
