/**
 * {@code kit bench}: watch mode's save-to-result latency against {@code mvn -q test -pl exercises/<module>},
 * measured on a temporary copy of the project.
 */
package dev.apikata.kit.bench;
