package dev.apikata.kit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public face of a module's main classes, one line per declaration: each public class, and its
 * public and protected constructors, methods and fields, written out with their generic types.
 * Stubs and solutions must have equal ones, so a learner who completes the stubs has the API the
 * tests and the solution agree on.
 */
public record PublicApi(SortedSet<String> types, SortedSet<String> members) {

    private static final int VISIBLE = Modifier.PUBLIC | Modifier.PROTECTED;
    // What a caller can rely on; synchronized, native or transient are implementation choices.
    private static final int SIGNIFICANT = VISIBLE | Modifier.STATIC | Modifier.ABSTRACT | Modifier.FINAL;

    public PublicApi {
        types = Collections.unmodifiableSortedSet(new TreeSet<>(types));
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
    }

    /** Reads the API of {@code classNames} compiled into {@code classes}, loading them in a throw-away loader. */
    public static PublicApi of(Path classes, Collection<String> classNames) {
        return read(classes, classNames, false);
    }

    /**
     * Every declaration that code in the same packages can use: the public API and the package-private
     * one (tests live in their classes' packages). Class initialisers do not run: nothing of the code
     * executes here.
     */
    public static PublicApi linkableFromPackage(Path classes, Collection<String> classNames) {
        return read(classes, classNames, true);
    }

    private static PublicApi read(Path classes, Collection<String> classNames, boolean packageToo) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, PublicApi.class.getClassLoader())) {
            SortedSet<String> types = new TreeSet<>();
            SortedSet<String> members = new TreeSet<>();
            for (String name : classNames) {
                Class<?> type = Class.forName(name, false, loader);
                if (isVisible(type, packageToo)) {
                    declare(type, types, members, packageToo);
                }
            }
            return new PublicApi(types, members);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load the compiled classes in " + classes + ": " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every declaration, classes and members. */
    public SortedSet<String> declarations() {
        SortedSet<String> all = new TreeSet<>(types);
        all.addAll(members);
        return all;
    }

    /** Declarations this API has and {@code other} lacks. */
    public SortedSet<String> missingFrom(PublicApi other) {
        SortedSet<String> missing = declarations();
        missing.removeAll(other.declarations());
        return missing;
    }

    // A nested class is visible only if every class around it is public too.
    private static boolean isVisible(Class<?> type, boolean packageToo) {
        for (Class<?> at = type; at != null; at = at.getDeclaringClass()) {
            boolean hidden = packageToo ? Modifier.isPrivate(at.getModifiers()) : !Modifier.isPublic(at.getModifiers());
            if (hidden || at.isAnonymousClass() || at.isLocalClass() || at.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static void declare(Class<?> type, SortedSet<String> types, SortedSet<String> members, boolean packageToo) {
        String name = type.getTypeName();
        types.add(modifiers(type.getModifiers() & ~Modifier.INTERFACE) + kind(type) + " " + name
                + typeParameters(type) + supertypes(type));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers(), packageToo) && !constructor.isSynthetic()) {
                members.add(modifiers(constructor.getModifiers()) + name + parameters(constructor));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers(), packageToo) && !method.isSynthetic() && !method.isBridge()) {
                members.add(modifiers(method.getModifiers()) + (method.isDefault() ? "default " : "")
                        + method.getGenericReturnType().getTypeName() + " " + name + "." + method.getName()
                        + parameters(method));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers(), packageToo) && !field.isSynthetic()) {
                members.add(modifiers(field.getModifiers()) + "field " + field.getGenericType().getTypeName()
                        + " " + name + "." + field.getName());
            }
        }
    }

    private static boolean visible(int modifiers, boolean packageToo) {
        return packageToo ? !Modifier.isPrivate(modifiers) : (modifiers & VISIBLE) != 0;
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers & SIGNIFICANT);
        return text.isEmpty() ? "" : text + " ";
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "@interface";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        return type.isRecord() ? "record" : "class";
    }

    private static String typeParameters(Class<?> type) {
        return type.getTypeParameters().length == 0 ? "" : Arrays.stream(type.getTypeParameters())
                .map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String supertypes(Class<?> type) {
        StringBuilder text = new StringBuilder();
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            text.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            text.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(Type::getTypeName).sorted().collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static String parameters(Executable executable) {
        String parameters = Arrays.stream(executable.getGenericParameterTypes())
                .map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"));
        Type[] thrown = executable.getGenericExceptionTypes();
        return thrown.length == 0 ? parameters : parameters + " throws " + Arrays.stream(thrown)
                .map(Type::getTypeName).sorted().collect(Collectors.joining(", "));
    }

    private static URL url(Path classes) {
        try {
            return classes.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
