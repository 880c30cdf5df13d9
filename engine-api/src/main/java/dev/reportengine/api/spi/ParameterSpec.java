package dev.reportengine.api.spi;

import dev.reportengine.api.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The parameters a template accepts in {@code output.templateParams}. The engine checks a request
 * against it at submit: an unknown key, a wrong type or a value out of range is a violation that
 * names the key and lists what is accepted.
 *
 * @param parameters the accepted parameters, with unique names
 */
public record ParameterSpec(List<Parameter> parameters) {

  /** Requires unique names. */
  public ParameterSpec {
    parameters = List.copyOf(parameters);
    Set<String> names = new HashSet<>();
    for (Parameter p : parameters) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("duplicate parameter [" + p.name() + "]");
      }
    }
  }

  /** A spec that accepts no parameters. */
  public static ParameterSpec none() {
    return new ParameterSpec(List.of());
  }

  /** The parameter with this name, if accepted. */
  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The JSON types a parameter can have. */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN
  }

  /**
   * One accepted parameter.
   *
   * @param name its key in {@code templateParams}
   * @param type its JSON type
   * @param description what it does, for documentation and error messages
   * @param defaultValue the value used when the request omits it
   * @param min for {@link Type#INTEGER}, the smallest accepted value
   * @param max for {@link Type#INTEGER}, the largest accepted value
   */
  public record Parameter(
      String name,
      Type type,
      String description,
      Optional<JsonValue> defaultValue,
      OptionalLong min,
      OptionalLong max) {

    /** Requires all parts. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
    }

    /** An integer parameter in {@code min..max} with a default. */
    public static Parameter integer(
        String name, String description, long defaultValue, long min, long max) {
      return new Parameter(
          name,
          Type.INTEGER,
          description,
          Optional.of(JsonValue.of(defaultValue)),
          OptionalLong.of(min),
          OptionalLong.of(max));
    }

    /** A boolean parameter with a default. */
    public static Parameter bool(String name, String description, boolean defaultValue) {
      return new Parameter(
          name,
          Type.BOOLEAN,
          description,
          Optional.of(JsonValue.of(defaultValue)),
          OptionalLong.empty(),
          OptionalLong.empty());
    }
  }
}
