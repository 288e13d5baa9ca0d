/**
 * {@code kit check}: the course invariants (see {@link dev.apikata.kit.check.Invariant}), proved per
 * module by {@link dev.apikata.kit.check.CourseCheck} and reported as
 * {@link dev.apikata.kit.check.ModuleCheck} values with one {@link dev.apikata.kit.check.Breach} per problem.
 */
package dev.apikata.kit.check;
