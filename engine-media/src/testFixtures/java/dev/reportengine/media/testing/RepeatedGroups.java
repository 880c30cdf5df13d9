package dev.reportengine.media.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds regular expressions that repeat a group without bound ({@code (just |really )+}, {@code
 * (a|b)*}): {@code java.util.regex} matches each repetition of a group one stack frame deeper, so
 * an input that repeats the group's words some thousands of times overflows the thread's stack. A
 * bounded repetition ({@code {0,6}}) or a possessive one ({@code *+}, which matches in a loop) is
 * fine. {@link #inModule} reads every static {@link Pattern} of a module's classes (alone or in a
 * static map or collection) and every line of its {@code .txt} resources, where rules are written.
 */
public final class RepeatedGroups {

  /** What {@link #inModule} read: how many static patterns, and each unbounded group found. */
  public record Scan(int patterns, List<String> unbounded) {}

  private RepeatedGroups() {}

  /**
   * Scans the classes and {@code .txt} resources of the module (or directory) holding {@code
   * anchor}.
   */
  public static Scan inModule(Class<?> anchor) {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> unbounded = new ArrayList<>();
    int patterns = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.toList()) {
        String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          String className = name.substring(0, name.length() - 6).replace('/', '.');
          for (Pattern p : staticPatterns(className, anchor.getClassLoader())) {
            patterns++;
            unboundedGroups(p.pattern()).forEach(g -> unbounded.add(name + ": " + g));
          }
        } else if (name.endsWith(".txt")) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            String at = name + ":" + (i + 1) + ": ";
            unboundedGroups(lines.get(i)).forEach(g -> unbounded.add(at + g));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scan(patterns, List.copyOf(unbounded));
  }

  private static List<Pattern> staticPatterns(String className, ClassLoader loader) {
    List<Pattern> found = new ArrayList<>();
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot load " + className, e);
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
        continue;
      }
      field.setAccessible(true);
      Object value;
      try {
        value = field.get(null);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      Collection<?> values =
          value instanceof Map<?, ?> map
              ? map.values()
              : value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
      for (Object v : values) {
        if (v instanceof Pattern p) {
          found.add(p);
        }
      }
    }
    return found;
  }

  /**
   * The groups of {@code regex} repeated by {@code *}, {@code +} or {@code {n,}}, not possessive.
   */
  public static List<String> unboundedGroups(String regex) {
    List<String> groups = new ArrayList<>();
    List<Integer> opens = new ArrayList<>();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        opens.add(i);
      } else if (c == ')' && !opens.isEmpty()) {
        int open = opens.remove(opens.size() - 1);
        int end = unboundedQuantifierEnd(regex, i + 1);
        if (end > 0 && (end >= regex.length() || regex.charAt(end) != '+')) {
          groups.add(regex.substring(open, end));
        }
      }
    }
    return groups;
  }

  private static final Pattern OPEN_RANGE = Pattern.compile("\\{\\d+,}");

  /** Where an unbounded quantifier starting at {@code at} ends, or -1 if there is none. */
  private static int unboundedQuantifierEnd(String regex, int at) {
    if (at >= regex.length()) {
      return -1;
    }
    char q = regex.charAt(at);
    if (q == '*' || q == '+') {
      return at + 1;
    }
    Matcher m = OPEN_RANGE.matcher(regex);
    return q == '{' && m.find(at) && m.start() == at ? m.end() : -1;
  }
}
