/** Renders the model to pages with Thymeleaf (one engine per build): page views, links and UI strings. */
package org.verbatim.render;
