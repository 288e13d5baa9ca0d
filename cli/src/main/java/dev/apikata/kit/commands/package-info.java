/**
 * The learner's and the maintainer's subcommands of {@code kit}: list, hint, solution, reset and check.
 * Each reaches the language, project, runner and progress through its parent {@link dev.apikata.kit.Kit}.
 */
package dev.apikata.kit.commands;
