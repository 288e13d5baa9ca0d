/**
 * {@code kit jshell [module]}: the JDK's jshell with a module's classes, Jackson and a mock API running in the
 * background, and startup snippets ({@code base}, {@code http}, {@code json}, {@code get(path)}, {@code post(path, json)}…).
 */
package dev.apikata.kit.jshell;
