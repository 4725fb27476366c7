/** Reading {@code site.yaml}, {@code topics.yaml} and {@code people.yaml} into validated records. */
package org.verbatim.config;
