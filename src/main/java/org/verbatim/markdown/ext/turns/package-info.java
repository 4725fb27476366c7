/** Speaker labels ({@code MF: …}) that open a turn when the id is a declared speaker. */
package org.verbatim.markdown.ext.turns;
