/** Immutable records describing a site and its interviews; depends on nothing else in Verbatim. */
package org.verbatim.model;
