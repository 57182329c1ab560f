/** review.html: the drafting workbench (src/review/sortie-review.ts). */
import './sortie-review';
