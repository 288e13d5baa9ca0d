package dev.apikata.kit.watch;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What compiled tests can see of the main classes: every class's declaration and its non-private
 * members, with the values of the constants javac copies into the tests. While it stays the same,
 * tests compiled earlier still link against newly compiled main classes.
 */
record ApiFingerprint(List<String> lines) {

    /** The fingerprint of {@code classNames} in {@code output}; empty if any of them cannot be inspected. */
    static Optional<ApiFingerprint> of(Path output, List<String> classNames, ClassLoader parent) {
        List<String> lines = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, parent)) {
            for (String name : classNames) {
                Class<?> type = Class.forName(name, false, loader);
                lines.add(describe(type));
                Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                        .flatMap(Stream::of)
                        .filter(member -> !Modifier.isPrivate(member.getModifiers()) && !member.isSynthetic())
                        .map(ApiFingerprint::describe)
                        .sorted()
                        .forEach(lines::add);
            }
            return Optional.of(new ApiFingerprint(List.copyOf(lines)));
        } catch (MalformedURLException | ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty(); // cannot tell: the caller recompiles everything
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static String describe(Class<?> type) {
        return Modifier.toString(type.getModifiers()) + " " + type.getName()
                + " extends " + type.getGenericSuperclass()
                + " implements " + List.of(type.getGenericInterfaces());
    }

    private static String describe(Member member) {
        String text = member instanceof java.lang.reflect.Executable executable ? executable.toGenericString()
                : ((Field) member).toGenericString();
        if (member instanceof Field field && isConstant(field)) {
            try {
                field.setAccessible(true);
                text += " = " + field.get(null); // javac inlines it into the tests
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                text += " = ?";
            }
        }
        return text;
    }

    private static boolean isConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                && (field.getType().isPrimitive() || field.getType() == String.class);
    }
}
