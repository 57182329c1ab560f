/**
 * "Hosting your data", the Embed dialog's section for a dataset that is not Sortie's own
 * (opened from a local file, or the element's `src`): how to put the file on a site and
 * which `src` the element code then uses. A blob: URL (a local file, alive only in this
 * tab) is never written into code: the code names the hosted file instead.
 */
import { html } from 'lit';
import { fileName } from '../../data/load';
import { slug } from '../sortie-download/save-file';

/** The address the code uses by default: the file name for a local file, else `src` itself. */
export function defaultHostedSrc(src: string, dataName: string, base: string = document.baseURI): string {
  if (src.startsWith('blob:')) return `${slug(dataName)}.geojson`;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** Why an address typed in the field cannot go into the code, or null. */
export function hostedSrcProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter the address of the data file (for example events.geojson).';
  if (/^\s*(blob|data|javascript|file):/i.test(value)) return 'Enter the address where the file will be on the web: a file name such as events.geojson, a path, or an https:// URL.';
  return null;
}

/** The name to save the file under: the address's file name when it has one, else the dataset's. */
export function downloadName(address: string, dataName: string): string {
  const last = fileName(address);
  return /\.(geo)?json$/i.test(last) ? last : `${slug(dataName)}.geojson`;
}

export interface HostingOptions {
  local: boolean;
  dataName: string;
  value: string;
  problem: string | null;
  message: string;
  onInput: (event: Event) => void;
  onDownload: () => void;
}

export function hostingSection({ local, dataName, value, problem, message, onInput, onDownload }: HostingOptions) {
  return html`<section class="block hosting" aria-labelledby="hosting-heading">
    <h3 id="hosting-heading">Hosting your data</h3>
    <p class="help">
      ${local
        ? `This view shows ${dataName}, opened from this computer: it exists only in this browser tab, so an embed cannot load it until it is on the web.`
        : `This view shows its own data (${dataName}), not Sortie’s: the element code loads it from the address below.`}
    </p>
    <ol class="steps">
      <li><button type="button" @click=${onDownload}>Download the data file</button> <span class="message" role="status">${message}</span></li>
      <li>Put it on your site, for example in the folder that holds <code>sortie-map.js</code>, or on any host that allows
        cross-origin requests (it must send <code>Access-Control-Allow-Origin</code> for your page).</li>
      <li>
        <label for="hosted-src">Address of the data file</label>
        <span class="help" id="hosted-src-help">Relative to the page that shows the map, or a full https:// URL. The element code uses it as <code>src</code>.</span>
        <input id="hosted-src" type="text" spellcheck="false" autocomplete="off" .value=${value} @input=${onInput}
          aria-describedby="hosted-src-help hosted-src-error" aria-invalid=${problem ? 'true' : 'false'} />
        <span id="hosted-src-error" class="error" role="status">${problem ?? ''}</span>
      </li>
    </ol>
  </section>`;
}
