/**
 * {@code kit reset}: the original stubs, read from git history by {@link dev.apikata.kit.reset.GitHistory}
 * and put back by {@link dev.apikata.kit.reset.StubRestorer}, a whole module or only one task's methods,
 * with a backup of the learner's file.
 */
package dev.apikata.kit.reset;
