/**
 * {@code kit prefetch}: the Maven runs that fill the local repository with every plugin, provider and
 * dependency, so the course builds and tests with {@code mvn -o}; {@code cli/src/test/offline-check.sh} proves it.
 */
package dev.apikata.kit.offline;
