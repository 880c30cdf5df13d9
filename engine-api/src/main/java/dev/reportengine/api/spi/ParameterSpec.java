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
 * against it at submit: an unknown key, a wrong type, a value out of range or a missing required
 * parameter is a violation that names the key and lists what is accepted. Parameters may be
 * structured: an {@link Type#ARRAY} describes its elements with {@link Parameter#items()} and an
 * {@link Type#OBJECT} its members with {@link Parameter#fields()}, checked to any depth, so a
 * violation points at the exact value ({@code /output/templateParams/profile/2/weight}).
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

  /** The names of the parameters a request must give. */
  public List<String> requiredNames() {
    return parameters.stream().filter(Parameter::required).map(Parameter::name).toList();
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
    BOOLEAN,
    /** A JSON array whose elements match {@link Parameter#items()}. */
    ARRAY,
    /** A JSON object whose members are {@link Parameter#fields()}. */
    OBJECT
  }

  /**
   * One accepted parameter.
   *
   * @param name its key in {@code templateParams}
   * @param type its JSON type
   * @param description what it does, for documentation and error messages
   * @param defaultValue the value used when the request omits it
   * @param min for numbers, the smallest accepted value; for arrays, the fewest elements; for
   *     strings, the fewest characters
   * @param max for numbers, the largest accepted value; for arrays, the most elements; for strings,
   *     the most characters
   * @param required whether a request must give it (a required parameter has no default)
   * @param allowed for {@link Type#STRING}, the accepted values; empty for any string
   * @param items for {@link Type#ARRAY}, the spec of every element (its name is not used)
   * @param fields for {@link Type#OBJECT}, the accepted members, with unique names
   */
  public record Parameter(
      String name,
      Type type,
      String description,
      Optional<JsonValue> defaultValue,
      OptionalLong min,
      OptionalLong max,
      boolean required,
      List<String> allowed,
      Optional<Parameter> items,
      List<Parameter> fields) {

    /** Requires all parts; an array needs {@code items}, only an object has fields. */
    public Parameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      allowed = List.copyOf(allowed);
      Objects.requireNonNull(items, "items");
      fields = List.copyOf(fields);
      if (required && defaultValue.isPresent()) {
        throw new IllegalArgumentException("required parameter [" + name + "] has a default");
      }
      if ((type == Type.ARRAY) != items.isPresent()) {
        throw new IllegalArgumentException(
            "parameter ["
                + name
                + "] of type "
                + type
                + ": only an ARRAY has items, and needs them");
      }
      if (type != Type.OBJECT && !fields.isEmpty()) {
        throw new IllegalArgumentException(
            "parameter [" + name + "] of type " + type + " cannot have fields; only OBJECT can");
      }
      new ParameterSpec(fields);
    }

    /** A scalar parameter without bounds, not required. */
    public Parameter(
        String name,
        Type type,
        String description,
        Optional<JsonValue> defaultValue,
        OptionalLong min,
        OptionalLong max) {
      this(
          name,
          type,
          description,
          defaultValue,
          min,
          max,
          false,
          List.of(),
          Optional.empty(),
          List.of());
    }

    /** The member of an {@link Type#OBJECT} parameter with this name, if accepted. */
    public Optional<Parameter> field(String fieldName) {
      return fields.stream().filter(p -> p.name().equals(fieldName)).findFirst();
    }

    /** A string parameter; {@code allowed} empty means any string. */
    public static Parameter string(
        String name, String description, boolean required, List<String> allowed) {
      return new Parameter(
          name,
          Type.STRING,
          description,
          Optional.empty(),
          OptionalLong.empty(),
          OptionalLong.empty(),
          required,
          allowed,
          Optional.empty(),
          List.of());
    }

    /** A number parameter in {@code min..max}. */
    public static Parameter number(
        String name, String description, boolean required, long min, long max) {
      return new Parameter(
          name,
          Type.NUMBER,
          description,
          Optional.empty(),
          OptionalLong.of(min),
          OptionalLong.of(max),
          required,
          List.of(),
          Optional.empty(),
          List.of());
    }

    /** An array of {@code minItems..maxItems} elements, each matching {@code items}. */
    public static Parameter array(
        String name,
        String description,
        boolean required,
        Parameter items,
        long minItems,
        long maxItems) {
      return new Parameter(
          name,
          Type.ARRAY,
          description,
          Optional.empty(),
          OptionalLong.of(minItems),
          OptionalLong.of(maxItems),
          required,
          List.of(),
          Optional.of(items),
          List.of());
    }

    /** An object with the given members; members not listed are rejected. */
    public static Parameter object(String name, String description, List<Parameter> fields) {
      return new Parameter(
          name,
          Type.OBJECT,
          description,
          Optional.empty(),
          OptionalLong.empty(),
          OptionalLong.empty(),
          false,
          List.of(),
          Optional.empty(),
          fields);
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
