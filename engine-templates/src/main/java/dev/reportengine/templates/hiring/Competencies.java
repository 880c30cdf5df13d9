package dev.reportengine.templates.hiring;

import dev.reportengine.api.json.JsonValue;
import dev.reportengine.templates.analysis.LanguagePack;
import dev.reportengine.templates.layout.Params;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the {@code competencies} parameter, or the language's default competency set. */
final class Competencies {

  private Competencies() {}

  /** The competencies asked for, else the defaults of {@code language} (none without lexicons). */
  static List<Competency> of(Optional<JsonValue> param, Optional<LanguagePack> language) {
    List<JsonValue> given = Params.array(param);
    if (!given.isEmpty()) {
      return given.stream().map(Competencies::read).toList();
    }
    return language.map(Competencies::defaults).orElse(List.of());
  }

  private static Competency read(JsonValue c) {
    List<Competency.Anchor> anchors = new ArrayList<>();
    for (JsonValue a : Params.array(Params.member(c, "anchors"))) {
      anchors.add(
          new Competency.Anchor(
              Params.number(a, "level").orElseThrow().intValue(),
              Params.string(a, "label").orElseThrow(),
              Params.strings(Params.member(a, "indicators"))));
    }
    String label = Params.string(c, "label").orElseThrow();
    return new Competency(
        Params.string(c, "id").orElseThrow(),
        label,
        Params.string(c, "description").orElse(""),
        Params.strings(Params.member(c, "keywords")),
        anchors.isEmpty() ? List.of(new Competency.Anchor(1, "Observed", List.of())) : anchors);
  }

  private static final Map<String, List<Competency>> DEFAULTS = new ConcurrentHashMap<>();

  /** The default set, from the language's {@code competencies} resource, read once per language. */
  static List<Competency> defaults(LanguagePack language) {
    return DEFAULTS.computeIfAbsent(language.language(), l -> read(language));
  }

  private static List<Competency> read(LanguagePack language) {
    List<Competency> out = new ArrayList<>();
    String[] current = null;
    List<Competency.Anchor> anchors = new ArrayList<>();
    for (String line : language.lines("competencies")) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("competency")) {
        add(out, current, anchors);
        current = f;
        anchors = new ArrayList<>();
      } else if (f[0].equals("anchor")) {
        anchors.add(
            new Competency.Anchor(
                Integer.parseInt(f[1]), capital(f[2]), phrases(f.length > 3 ? f[3] : "")));
      } else {
        throw new IllegalStateException("competencies: unknown line kind [" + f[0] + "]");
      }
    }
    add(out, current, anchors);
    return List.copyOf(out);
  }

  private static void add(List<Competency> out, String[] c, List<Competency.Anchor> anchors) {
    if (c != null) {
      out.add(new Competency(c[1], capital(c[2]), capital(c[3]), phrases(c[4]), anchors));
    }
  }

  private static List<String> phrases(String field) {
    return field.isBlank() ? List.of() : Arrays.asList(field.split("\\|"));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
