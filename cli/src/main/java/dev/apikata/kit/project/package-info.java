/**
 * The apikata project on disk: {@link dev.apikata.kit.project.Project#locate(java.nio.file.Path)} finds
 * the root (the folder with {@code pom.xml} and {@code exercises/}); each
 * {@link dev.apikata.kit.project.ExerciseModule} knows its manifest, stubs, tests and solutions, and
 * {@link dev.apikata.kit.project.Project#moduleContaining(java.nio.file.Path)} maps a saved file to its module.
 */
package dev.apikata.kit.project;
