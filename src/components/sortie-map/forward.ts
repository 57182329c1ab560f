/**
 * A Lit element directive that sets a list of attributes on the element it is bound to:
 * `<sortie-app ${forward(values)}>`. `<sortie-map>` forwards the options table's
 * attributes with it, so the template does not list them one by one. A null or false value
 * removes the attribute, true sets it empty (a boolean attribute).
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type AttributeValues = ReadonlyMap<string, string | boolean | null>;

class ForwardDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('forward() belongs on an element, e.g. <sortie-app ${forward(values)}>');
  }

  render(_values: AttributeValues) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [AttributeValues]) {
    const element = part.element;
    for (const [name, value] of values) {
      if (value === null || value === false) element.removeAttribute(name);
      else {
        const text = value === true ? '' : value;
        if (element.getAttribute(name) !== text) element.setAttribute(name, text);
      }
    }
    return nothing;
  }
}

export const forward = directive(ForwardDirective);
