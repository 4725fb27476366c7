/**
 * {@code verbatim import}: transcripts from other tools (WebVTT, SRT) read into cues, and cues written as an
 * interview file of the authoring format. Beside the pipeline, not in it: what it writes is content like any other.
 */
package org.verbatim.importing;
