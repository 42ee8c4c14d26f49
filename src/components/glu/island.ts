// Loaded by URL as a standalone module (GluFigure.astro): defines <glu-slices> and <glu-ffn>
// when it runs. A standalone bundle keeps its own copy of the numeric module, so the page's
// script shares no chunk with the function pages' explorer (which would add a request to theirs).
import { defineGluIslands } from './element';
import { watchPrint } from '../print/watch';

defineGluIslands();
// The printed page carries the current view's address (see ../print/watch.ts).
watchPrint();
