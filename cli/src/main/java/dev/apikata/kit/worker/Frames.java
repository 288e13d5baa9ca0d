package dev.apikata.kit.worker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the learner's method in a stack: {@code PostsClient.update}, the first frame in one of the
 * module's own classes (its main classes first, then its tests), as a learner would write it.
 */
final class Frames {

    private final Set<String> mainClasses;
    private final Set<String> testClasses;

    /** Binary class names; nested classes count as their top-level class. */
    Frames(List<String> mainClasses, List<String> testClasses) {
        this.mainClasses = topLevel(mainClasses);
        this.testClasses = topLevel(testClasses);
    }

    static final Frames NONE = new Frames(List.of(), List.of());

    Optional<String> methodIn(StackTraceElement[] frames) {
        return first(frames, mainClasses).or(() -> first(frames, testClasses));
    }

    /** The method in the deepest cause that has one: where the trouble happened. */
    Optional<String> methodIn(Throwable failure) {
        Optional<String> found = Optional.empty();
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            Optional<String> here = methodIn(at.getStackTrace());
            if (here.isPresent()) {
                found = here;
            }
        }
        return found;
    }

    /** {@code PostsClient.update} for {@code dev.apikata.http.methods.PostsClient.lambda$update$0}. */
    static String display(StackTraceElement frame) {
        String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1).replace('$', '.');
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            method = parts.length > 1 ? parts[1] : method;
        }
        // A lambda's or anonymous class's numbered part says nothing to a learner.
        type = Arrays.stream(type.split("\\.")).filter(part -> !part.chars().allMatch(Character::isDigit))
                .collect(Collectors.joining("."));
        return type + "." + method;
    }

    private static Optional<String> first(StackTraceElement[] frames, Set<String> classes) {
        return Arrays.stream(frames).filter(frame -> classes.contains(topLevel(frame.getClassName())))
                .findFirst().map(Frames::display);
    }

    private static Set<String> topLevel(List<String> names) {
        return names.stream().map(Frames::topLevel).collect(Collectors.toSet());
    }

    private static String topLevel(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
