import type { CardLayout, CardPart, TextStyle } from '../model/Layout.ts';

/** The style a part of a card's words is set in; a text on a card without a title is a statement. */
export function partStyle(layout: CardLayout, kind: CardPart, hasTitle: boolean): TextStyle {
  const front = layout.front;
  switch (kind) {
    case 'question': return front.question;
    case 'task': return front.task;
    case 'items': return front.item;
    case 'prompt': return front.prompt;
    case 'source': return front.source;
    default: return hasTitle ? front.text : front.statement;
  }
}
