package org.onestop.platform.web;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Walks a request body as it was bound (records, lists, maps, JSON trees, text) and names every
 * value over its bound: a text longer than its {@code @Size(max)} or the default length, a list or
 * map with more entries than its {@code @Size(max)} or the default count, a map key longer than
 * the name length, a value nested deeper than the deepest level. {@code @Size} is read on a record component and on a list's element type
 * ({@code List<@Size(max = 50) String>}). Pure Java: no Spring, so it is tested on its own.
 */
final class BodyBounds {

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(Part::of).toList();
        }
    };

    static final String UNSAFE = "must not contain control characters or text-direction overrides";
    static final String INVISIBLE = "must contain visible characters, not only zero-width ones";

    private final int maxStringLength;
    private final int maxEntries;
    private final int maxNameLength;
    private final int maxDepth;

    BodyBounds(int maxStringLength, int maxEntries, int maxNameLength, int maxDepth) {
        this.maxStringLength = maxStringLength;
        this.maxEntries = maxEntries;
        this.maxNameLength = maxNameLength;
        this.maxDepth = maxDepth;
    }

    BodyBounds(BodyBoundsProperties properties) {
        this(properties.maxStringLength(), properties.maxEntries(), properties.maxNameLength(), properties.maxDepth());
    }

    /** Every value of the body over its bound, one entry per field, in the order met. */
    List<FieldProblem> problems(Object body) {
        List<FieldProblem> problems = new ArrayList<>();
        walk(body, At.ROOT, null, null, 0, problems);
        return problems;
    }

    private void walk(Object value, At path, Size size, AnnotatedType type, int depth, List<FieldProblem> out) {
        if (value == null || tooDeep(depth, path, out)) {
            return;
        }
        if (value instanceof CharSequence text) {
            int max = maxOf(size, maxStringLength);
            if (text.length() > max) {
                out.add(new FieldProblem(path.toString(), "must be at most " + max + " characters long"));
            } else {
                String problem = characterProblem(text);
                if (problem != null) {
                    out.add(new FieldProblem(path.toString(), problem));
                }
            }
        } else if (value instanceof JsonNode node) {
            walkTree(node, path, depth, out);
        } else if (value instanceof Collection<?> entries) {
            if (fits(entries.size(), size, path, out)) {
                AnnotatedType element = typeArgument(type, 0);
                int i = 0;
                for (Object entry : entries) {
                    walk(entry, path.index(i++), sizeOf(element), element, depth + 1, out);
                }
            }
        } else if (value instanceof Object[] entries) {
            if (fits(entries.length, size, path, out)) {
                for (int i = 0; i < entries.length; i++) {
                    walk(entries[i], path.index(i), null, null, depth + 1, out);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            if (fits(map.size(), size, path, out)) {
                AnnotatedType element = typeArgument(type, 1);
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    if (nameFits(key, path, out)) {
                        walk(entry.getValue(), path.name(key), sizeOf(element), element, depth + 1, out);
                    }
                }
            }
        } else if (value instanceof Record) {
            for (Part part : PARTS.get(value.getClass())) {
                walk(part.read(value), path.name(part.name()), part.size(), part.type(), depth + 1, out);
            }
        }
    }

    private void walkTree(JsonNode node, At path, int depth, List<FieldProblem> out) {
        if (tooDeep(depth, path, out)) {
            return;
        }
        if (node.isString()) {
            if (node.asString().length() > maxStringLength) {
                out.add(new FieldProblem(path.toString(), "must be at most " + maxStringLength + " characters long"));
            } else {
                String problem = characterProblem(node.asString());
                if (problem != null) {
                    out.add(new FieldProblem(path.toString(), problem));
                }
            }
        } else if (node.isArray()) {
            if (fits(node.size(), null, path, out)) {
                for (int i = 0; i < node.size(); i++) {
                    walkTree(node.get(i), path.index(i), depth + 1, out);
                }
            }
        } else if (node.isObject()) {
            if (fits(node.size(), null, path, out)) {
                for (String name : node.propertyNames()) {
                    if (nameFits(name, path, out)) {
                        walkTree(node.get(name), path.name(name), depth + 1, out);
                    }
                }
            }
        }
    }

    /** A map key or JSON property name within its length and free of unsafe characters; else one problem for it. */
    private boolean nameFits(String name, At path, List<FieldProblem> out) {
        if (name.length() > maxNameLength) {
            out.add(new FieldProblem(path.name(name.substring(0, 20) + "…").toString(),
                    "a name may be at most " + maxNameLength + " characters long"));
            return false;
        }
        if (hasUnsafeCharacter(name)) {
            out.add(new FieldProblem(path == At.ROOT ? "body" : path.toString(), "a name " + UNSAFE));
            return false;
        }
        return true;
    }

    private boolean tooDeep(int depth, At path, List<FieldProblem> out) {
        if (depth > maxDepth) {
            out.add(new FieldProblem(path.toString(), "nests deeper than " + maxDepth + " levels"));
            return true;
        }
        return false;
    }

    private boolean fits(int entries, Size size, At path, List<FieldProblem> out) {
        int max = maxOf(size, maxEntries);
        if (entries > max) {
            out.add(new FieldProblem(path == At.ROOT ? "body" : path.toString(), "may have at most " + max + " entries"));
            return false;
        }
        return true;
    }

    /**
     * What is wrong with a text's characters, in one pass: {@link #UNSAFE} when it holds a character no text the
     * platform keeps may hold ({@link #unsafe}), {@link #INVISIBLE} when it is made of zero-width and other format
     * characters (U+200B, U+200D, U+2060, U+FEFF, ...) and spaces alone (it looks empty but is not blank to a
     * {@code @NotBlank} check); else null.
     */
    static String characterProblem(CharSequence text) {
        boolean visible = false;
        boolean format = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // unsafe(c), written out: C1, which the services run, does not inline a method this size
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return UNSAFE;
            }
            if (!visible) {
                if ((c > 0x20 && c < 0x7F) || (c >= 0x3400 && c < 0xA000)) {
                    visible = true; // ASCII and CJK ideographs, seen without the Unicode tables
                } else if (Character.getType(c) == Character.FORMAT) {
                    format = true;
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    visible = true;
                }
            }
        }
        return !visible && format ? INVISIBLE : null;
    }

    static boolean onlyInvisible(CharSequence text) {
        return INVISIBLE.equals(characterProblem(text));
    }

    static boolean hasUnsafeCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * NUL and the other control characters but tab, line feed and carriage return (C0, DEL, C1), and the
     * bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) that make a name read
     * otherwise than it is stored.
     */
    private static boolean unsafe(char c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
        boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        return control || bidi;
    }

    /** A {@code @Size} with a maximum of its own sets the bound; without one (or {@code min} only) the default does. */
    private static int maxOf(Size size, int fallback) {
        return size == null || size.max() == Integer.MAX_VALUE ? fallback : size.max();
    }

    /** Where a value is, written out only when a problem names it ({@code guide.materials[3].name}). */
    private record At(At parent, String name, int index) {

        static final At ROOT = new At(null, null, -1);

        At name(String child) {
            return new At(this, child, -1);
        }

        At index(int i) {
            return new At(this, null, i);
        }

        @Override
        public String toString() {
            if (this == ROOT) {
                return "";
            }
            String above = parent.toString();
            if (name == null) {
                return above + "[" + index + "]";
            }
            return above.isEmpty() ? name : above + "." + name;
        }
    }

    private static AnnotatedType typeArgument(AnnotatedType type, int index) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            return arguments.length > index ? arguments[index] : arguments[arguments.length - 1];
        }
        return null;
    }

    private static Size sizeOf(AnnotatedType type) {
        return type == null ? null : type.getAnnotation(Size.class);
    }

    /** A record component: how to read it, its {@code @Size} (on the accessor or the field) and its annotated type. */
    private record Part(String name, Method accessor, Size size, AnnotatedType type) {

        static Part of(RecordComponent component) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            Size size = accessor.getAnnotation(Size.class);
            if (size == null) {
                try {
                    size = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Size.class);
                } catch (NoSuchFieldException e) {
                    size = null;
                }
            }
            return new Part(component.getName(), accessor, size, component.getAnnotatedType());
        }

        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return null;
            }
        }
    }
}
