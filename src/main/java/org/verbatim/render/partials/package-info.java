/**
 * The themable elements of a page (partials): one flat view record each, and the default theme's markup for
 * them written in Java. {@code templates/partials/} holds the same markup as Thymeleaf templates; a standing
 * test renders both and compares them.
 */
package org.verbatim.render.partials;
