/**
 * What the kit remembers and where the learner stands: {@link dev.apikata.kit.progress.ProgressStore}
 * keeps hint levels and last known results in {@code .apikata-progress.json};
 * {@link dev.apikata.kit.progress.CurrentTask} is the first task not passing yet;
 * {@link dev.apikata.kit.progress.CourseStatus} is the whole course at a glance (also {@code kit list --json}).
 */
package dev.apikata.kit.progress;
