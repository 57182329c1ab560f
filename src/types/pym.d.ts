/**
 * Types for the part of pym.js (nprapps/pym.js 1.3, no bundled types) that embed.html
 * uses, and that the browser tests use as a host page's parent library would.
 */
declare module 'pym.js' {
  interface ChildOptions {
    /** Send the height every this many ms as well as on demand. */
    polling?: number;
    /** Regular expression source the parent's origin must end with; default any. */
    xdomain?: string;
    renderCallback?: (width: number) => void;
    id?: string;
  }

  export class Child {
    constructor(options?: ChildOptions);
    /** Posts the page's current height (`document.body.offsetHeight`) to the parent. */
    sendHeight(): string;
    /** Removes the message listener and the polling timer. */
    remove(): void;
  }

  interface ParentOptions {
    xdomain?: string;
    title?: string;
    name?: string;
    id?: string;
    allowfullscreen?: boolean;
  }

  export class Parent {
    constructor(containerId: string, url: string, options?: ParentOptions);
    iframe: HTMLIFrameElement;
    remove(): void;
  }

  const pym: { Child: typeof Child; Parent: typeof Parent };
  export default pym;
}
