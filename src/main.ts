/**
 * The full-page explorer (index.html). UI type is self-hosted Noto Sans: @font-face has to
 * be declared on the document, not inside a shadow root, so the faces load here.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './components/sortie-app/sortie-app';
