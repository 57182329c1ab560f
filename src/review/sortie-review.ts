/**
 * @summary The drafting workbench (review.html): paste or open an article, draft candidate
 * events in the page, accept, edit or reject each, and download the accepted ones as YAML for
 * data/events.yaml (plus new gazetteer entries for data/places.yaml). Nothing leaves the page.
 *
 * Keyboard: J / K next / previous candidate, A accept, R reject (on the focused card).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { deSlug } from '../data/dataset-meta';
import { EVENT_KINDS, type EventKind } from '../data/types';
import { parseInterval } from '../data/time';
import { parseGivenDate, readArticleDate } from '../draft/article-date';
import { draftArticle } from '../draft/draft-article';
import { ARTICLES, pageContext } from './context';
import { acceptedYaml } from './export';
import type { Decision, ReviewItem } from './review-state';
import { reviewStyles } from './sortie-review.styles';
import './sortie-place-map';
import type { MapPlace } from './place-map';

@customElement('sortie-review')
export class SortieReview extends LitElement {
  static override styles = reviewStyles;

  @state() private text = '';
  @state() private date = '';
  @state() private articleId = '';
  @state() private items: ReviewItem[] = [];
  @state() private error = '';
  @state() private status = '';
  @state() private drafted = '';
  /** The card whose place the map shows: the last one focused. */
  @state() private selected = 0;
  private readonly ctx = pageContext();
  private urls: string[] = [];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.urls) URL.revokeObjectURL(url);
  }

  private draft(event: Event): void {
    event.preventDefault();
    this.error = '';
    if (this.text.trim() === '') {
      this.error = 'Paste an article or open a text file first.';
      return;
    }
    const given = this.date.trim() ? parseGivenDate(this.date.trim()) : null;
    if (this.date.trim() && !given) {
      this.error = `"${this.date}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (add ? if inferred).`;
      return;
    }
    const articleDate = given ?? readArticleDate(this.text);
    const articleId = this.articleId.trim() || 'new-article';
    const candidates = draftArticle({ text: this.text, articleId, articleDate }, this.ctx);
    this.items = candidates.map((candidate) => ({ candidate, decision: 'pending', kind: candidate.kind, placeIndex: 0,
      title: candidate.title, date: candidate.date, actors: candidate.actors.join(', ') }));
    this.drafted = this.text;
    this.selected = 0;
    this.status = `${candidates.length} candidate events, article dated ${articleDate.edtf} (${articleDate.note})`;
  }

  private async open(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      this.text = await file.text();
      this.error = '';
    } catch {
      this.error = `Could not read ${file.name}.`;
    }
  }

  /** Why a reviewer's date cannot be accepted, in words; null when the build will take it. */
  private dateProblem(date: string): string | null {
    try {
      parseInterval(date.trim());
      return null;
    } catch {
      return `"${date}" is not an EDTF date: write e.g. 2017-04-06, 2017-04, 2017?, 2016-08~ or 2015-09/2015-10.`;
    }
  }

  private decide(index: number, decision: Decision): void {
    const item = this.items[index]!;
    if (decision === 'accepted' && (!item.candidate.place || this.dateProblem(item.date) || !item.title.trim())) {
      this.status = `Cannot accept ${item.title}: ${!item.candidate.place ? 'it names no place' : !item.title.trim() ? 'it has no title' : this.dateProblem(item.date)}`;
      return;
    }
    this.items = this.items.map((item, i) => (i === index ? { ...item, decision } : item));
    const title = this.items[index]!.title;
    this.status = `${decision === 'accepted' ? 'Accepted' : decision === 'rejected' ? 'Rejected' : 'Reset'}: ${title}`;
  }

  private edit(index: number, change: Partial<ReviewItem>): void {
    this.items = this.items.map((item, i) => (i === index ? { ...item, ...change } : item));
  }

  private onCardKey(event: KeyboardEvent, index: number): void {
    if ((event.target as HTMLElement).closest('select, input, textarea')) return;
    const cards = [...this.renderRoot.querySelectorAll<HTMLElement>('li.card')];
    const key = event.key.toLowerCase();
    if (key === 'j' || key === 'k') cards[Math.max(0, Math.min(cards.length - 1, index + (key === 'j' ? 1 : -1)))]?.focus();
    else if (key === 'a') this.decide(index, 'accepted');
    else if (key === 'r') this.decide(index, 'rejected');
    else return;
    event.preventDefault();
  }

  private download(text: string): string {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
    this.urls.push(url);
    return url;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items')) {
      for (const url of this.urls) URL.revokeObjectURL(url);
      this.urls = [];
    }
  }

  private renderArticle(): unknown {
    // One mark per excerpt: two candidates drawn from one sentence share its highlight.
    const spans = new Map<number, { start: number; end: number; cards: number[] }>();
    this.items.forEach((item, i) => {
      for (const s of item.candidate.sources) {
        const span = spans.get(s.start) ?? { start: s.start, end: s.end, cards: [] };
        span.cards.push(i);
        spans.set(s.start, span);
      }
    });
    const parts: unknown[] = [];
    let at = 0;
    for (const s of [...spans.values()].sort((a, b) => a.start - b.start)) {
      if (s.start < at) continue; // an excerpt inside another one is highlighted by the outer one
      const decisions = s.cards.map((i) => this.items[i]!.decision);
      const state = decisions.includes('accepted') ? 'accepted' : decisions.every((d) => d === 'rejected') ? 'rejected' : 'pending';
      parts.push(this.drafted.slice(at, s.start));
      parts.push(html`<mark id="evidence-${s.start}" class=${state}><a href="#card-${s.cards[0]}"
        title=${s.cards.map((i) => this.items[i]!.candidate.title).join('; ')}>${this.drafted.slice(s.start, s.end)}</a></mark>`);
      at = s.end;
    }
    parts.push(this.drafted.slice(at));
    return html`<section class="article" aria-label="Article with evidence highlighted"><pre>${parts}</pre></section>`;
  }

  private renderCard(item: ReviewItem, i: number): unknown {
    const c = item.candidate;
    const options = c.place ? [c.place.chosen, ...c.place.alternatives] : [];
    return html`<li class="card ${item.decision}" id="card-${i}" tabindex="0" aria-labelledby="title-${i}"
        @keydown=${(e: KeyboardEvent) => this.onCardKey(e, i)} @focusin=${() => { this.selected = i; }}>
      <h3 id="title-${i}">${c.title}</h3>
      <p class="decision">${item.decision === 'pending' ? 'Not reviewed' : item.decision === 'accepted' ? 'Accepted' : 'Rejected'} · confidence ${Math.round(c.confidence * 100)}%</p>
      ${c.duplicate_of ? html`<p class="warning" role="note">May duplicate the dataset's event “${c.duplicate_of}”.</p>` : nothing}
      <dl>
        <dt>Date</dt><dd><code>${c.date}</code> — ${c.date_note}</dd>
        <dt>Actors</dt><dd>${c.actors.join(', ') || 'none named'}</dd>
        <dt>Evidence</dt><dd>${c.sources.map((s) => html`<a href="#evidence-${s.start}">“${s.excerpt}”</a> (characters ${s.start}–${s.end})`)}</dd>
        ${c.place?.note ? html`<dt>Place note</dt><dd>${c.place.note}</dd>` : nothing}
      </dl>
      <label>Title of ${c.title}<input type="text" maxlength="120" .value=${item.title}
        @change=${(e: Event) => this.edit(i, { title: (e.target as HTMLInputElement).value })} /></label>
      <label>Date of ${c.title}<input type="text" .value=${item.date} aria-invalid=${this.dateProblem(item.date) ? 'true' : 'false'}
        aria-describedby="date-problem-${i}" @change=${(e: Event) => this.edit(i, { date: (e.target as HTMLInputElement).value })} /></label>
      <p id="date-problem-${i}" class="error">${this.dateProblem(item.date) ?? ''}</p>
      <label>Actors of ${c.title}<input type="text" .value=${item.actors}
        @change=${(e: Event) => this.edit(i, { actors: (e.target as HTMLInputElement).value })} /></label>
      <label>Kind of ${c.title}
        <select @change=${(e: Event) => this.edit(i, { kind: (e.target as HTMLSelectElement).value as EventKind })}>
          ${EVENT_KINDS.map((k) => html`<option value=${k} ?selected=${k === item.kind}>${deSlug(k)}</option>`)}
        </select></label>
      ${options.length ? html`<label>Place of ${c.title}
        <select @change=${(e: Event) => this.edit(i, { placeIndex: Number((e.target as HTMLSelectElement).value) })}>
          ${options.map((o, n) => html`<option value=${n} ?selected=${n === item.placeIndex}>${o.name} (${o.type}${o.datasetId ? `, ${o.datasetId}` : ', new'})</option>`)}
        </select></label>` : html`<p class="warning">No place named: this candidate cannot be accepted.</p>`}
      <div class="actions">
        <button aria-keyshortcuts="A" ?disabled=${!c.place || !!this.dateProblem(item.date)} aria-pressed=${item.decision === 'accepted'} @click=${() => this.decide(i, 'accepted')}>Accept ${c.title}</button>
        <button aria-keyshortcuts="R" aria-pressed=${item.decision === 'rejected'} @click=${() => this.decide(i, 'rejected')}>Reject ${c.title}</button>
      </div>
    </li>`;
  }

  private renderMap(): unknown {
    const item = this.items[this.selected];
    const place = item?.candidate.place;
    if (!item || !place) return html`<p class="map-empty">The selected candidate names no place.</p>`;
    const options = [place.chosen, ...place.alternatives];
    const places: MapPlace[] = options.map((option, n) => ({ option, chosen: n === item.placeIndex }));
    return html`<sortie-place-map .places=${places} label=${`Map of the place of ${item.candidate.title}`}></sortie-place-map>
      <p class="map-caption">${options[item.placeIndex]?.name} (filled) and ${options.length - 1} alternative(s) for “${place.mention}”.</p>`;
  }

  override render(): unknown {
    const out = acceptedYaml(this.items, this.ctx.datasetPlaces);
    return html`
      <header><h1>Draft events from an article</h1>
        <details><summary>Keyboard shortcuts</summary>
          <p>On a focused candidate card: <kbd>J</kbd> next, <kbd>K</kbd> previous, <kbd>A</kbd> accept, <kbd>R</kbd> reject. Tab reaches every control.</p>
        </details></header>
      <form @submit=${this.draft}>
        <label>Article text<textarea rows="8" .value=${this.text} @input=${(e: Event) => { this.text = (e.target as HTMLTextAreaElement).value; }}></textarea></label>
        <label>Open a text file<input type="file" accept=".txt,text/plain" @change=${this.open} /></label>
        <label>Article date<input type="text" placeholder="YYYY-MM-DD, or empty to read it from the text" .value=${this.date}
          @input=${(e: Event) => { this.date = (e.target as HTMLInputElement).value; }} /></label>
        <label>Article id<input type="text" list="article-ids" .value=${this.articleId}
          @input=${(e: Event) => { this.articleId = (e.target as HTMLInputElement).value; }} /></label>
        <datalist id="article-ids">${ARTICLES.map((a) => html`<option value=${a.id}>${a.headline}</option>`)}</datalist>
        <button type="submit">Draft events</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <p role="status" class="status">${this.status}</p>
      ${this.items.length || this.drafted ? html`<div class="workbench">
        ${this.renderArticle()}
        <section aria-label="Candidates">
          <div class="downloads">
            ${out.count ? html`<a download="accepted-events.yaml" href=${this.download(out.events)}>Download YAML (${out.count} accepted)</a>` : html`<span>Accept candidates to download them as YAML.</span>`}
            ${out.places ? html`<a download="new-places.yaml" href=${this.download(out.places)}>Download new places YAML</a>` : nothing}
          </div>
          ${this.items.length ? this.renderMap() : nothing}
          ${this.items.length ? html`<ol class="cards">${this.items.map((item, i) => this.renderCard(item, i))}</ol>` : html`<p>No candidate events found in this text.</p>`}
        </section></div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'sortie-review': SortieReview }
}
