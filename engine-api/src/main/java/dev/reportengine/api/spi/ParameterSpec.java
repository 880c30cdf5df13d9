package dev.reportengine.api.spi;

import dev.reportengine.api.json.JsonValue;
import java.math.BigDecimal;
import java.util.EnumSet;
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
 * <p>Declare parameters with the fluent factories on {@link Parameter}:
 *
 * <pre>{@code
 * ParameterSpec spec =
 *     ParameterSpec.of(
 *         Parameter.integer("level").description("The level, 1 to 5").range(1, 5).required().build(),
 *         Parameter.string("tone").allowed("plain", "formal").defaultValue("plain").build(),
 *         Parameter.array("keywords", Parameter.string("keyword").build()).size(1, 50).build());
 * }</pre>
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
        throw new IllegalArgumentException(
            "duplicate parameter ["
                + p.name()
                + "]; names must be unique, got "
                + parameters.stream().map(Parameter::name).toList());
      }
    }
  }

  /**
   * A spec that accepts these parameters.
   *
   * @throws IllegalArgumentException if two parameters have the same name
   */
  public static ParameterSpec of(Parameter... parameters) {
    return new ParameterSpec(List.of(parameters));
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
   * One accepted parameter. Declare one with a fluent factory, which names what it sets and checks
   * each value as it is given: {@link #string}, {@link #integer}, {@link #number}, {@link #bool},
   * {@link #array} or {@link #object}, then {@link Builder#build()}. The canonical constructor
   * takes every component positionally and is meant for code that copies or decodes parameters.
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

    /** The member of an {@link Type#OBJECT} parameter with this name, if accepted. */
    public Optional<Parameter> field(String fieldName) {
      return fields.stream().filter(p -> p.name().equals(fieldName)).findFirst();
    }

    /** Starts a {@link Type#STRING} parameter: any string, not required, no default. */
    public static Builder string(String name) {
      return Builder.start(name, Type.STRING, Optional.empty(), List.of());
    }

    /** Starts an {@link Type#INTEGER} parameter: any integer, not required, no default. */
    public static Builder integer(String name) {
      return Builder.start(name, Type.INTEGER, Optional.empty(), List.of());
    }

    /** Starts a {@link Type#NUMBER} parameter: any number, not required, no default. */
    public static Builder number(String name) {
      return Builder.start(name, Type.NUMBER, Optional.empty(), List.of());
    }

    /** Starts a {@link Type#BOOLEAN} parameter, not required, no default. */
    public static Builder bool(String name) {
      return Builder.start(name, Type.BOOLEAN, Optional.empty(), List.of());
    }

    /**
     * Starts an {@link Type#ARRAY} parameter of any size whose every element matches {@code items}
     * (the name of {@code items} is only used in documentation).
     */
    public static Builder array(String name, Parameter items) {
      Objects.requireNonNull(items, "items");
      return Builder.start(name, Type.ARRAY, Optional.of(items), List.of());
    }

    /**
     * Starts an {@link Type#OBJECT} parameter with these members; a member not listed is rejected.
     *
     * @throws IllegalArgumentException if two fields have the same name (the duplicate is named)
     */
    public static Builder object(String name, Parameter... fields) {
      List<Parameter> members = List.of(fields);
      new ParameterSpec(members);
      return Builder.start(name, Type.OBJECT, Optional.empty(), members);
    }

    /**
     * An immutable step in declaring a {@link Parameter}: every method returns a new step, so a
     * partly declared parameter can be shared. Obtain one from {@link Parameter#string}, {@link
     * Parameter#integer}, {@link Parameter#number}, {@link Parameter#bool}, {@link Parameter#array}
     * or {@link Parameter#object}, and finish with {@link #build()}.
     *
     * <p>A value that does not fit the parameter fails fast with an {@link
     * IllegalArgumentException} that names the parameter and says what is accepted: a bound on a
     * type that has none, a minimum above the maximum, a default of the wrong type or outside the
     * bounds, a default on a required parameter, or a setting given twice. Null arguments throw
     * {@link NullPointerException}. Thread-safe.
     */
    public static final class Builder {
      private final String name;
      private final Type type;
      private final Optional<String> description;
      private final Optional<JsonValue> defaultValue;
      private final OptionalLong min;
      private final OptionalLong max;
      private final boolean required;
      private final List<String> allowed;
      private final Optional<Parameter> items;
      private final List<Parameter> fields;

      private Builder(
          String name,
          Type type,
          Optional<String> description,
          Optional<JsonValue> defaultValue,
          OptionalLong min,
          OptionalLong max,
          boolean required,
          List<String> allowed,
          Optional<Parameter> items,
          List<Parameter> fields) {
        this.name = name;
        this.type = type;
        this.description = description;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.required = required;
        this.allowed = allowed;
        this.items = items;
        this.fields = fields;
      }

      private static Builder start(
          String name, Type type, Optional<Parameter> items, List<Parameter> fields) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
          throw new IllegalArgumentException(
              "the name of the " + type + " parameter must not be blank, got [" + name + "]");
        }
        return new Builder(
            name,
            type,
            Optional.empty(),
            Optional.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            false,
            List.of(),
            items,
            fields);
      }

      /** Says what the parameter does, for documentation and error messages. */
      public Builder description(String text) {
        Objects.requireNonNull(text, "description");
        once("description", description.isEmpty(), description.orElse(""));
        return new Builder(
            name,
            type,
            Optional.of(text),
            defaultValue,
            min,
            max,
            required,
            allowed,
            items,
            fields);
      }

      /**
       * For an {@link Type#INTEGER} or {@link Type#NUMBER}, the smallest and largest accepted
       * values, both included.
       */
      public Builder range(long minValue, long maxValue) {
        return bounds("range", EnumSet.of(Type.INTEGER, Type.NUMBER), minValue, maxValue);
      }

      /** For a {@link Type#STRING}, the fewest and most characters (code points) accepted. */
      public Builder length(long minLength, long maxLength) {
        return bounds("length", EnumSet.of(Type.STRING), minLength, maxLength);
      }

      /** For an {@link Type#ARRAY}, the fewest and most elements accepted. */
      public Builder size(long minSize, long maxSize) {
        return bounds("size", EnumSet.of(Type.ARRAY), minSize, maxSize);
      }

      /** For a {@link Type#STRING}, the only accepted values (without it, any string). */
      public Builder allowed(String... values) {
        return allowed(List.of(values));
      }

      /** For a {@link Type#STRING}, the only accepted values (without it, any string). */
      public Builder allowed(List<String> values) {
        List<String> copy = List.copyOf(values);
        accepts("allowed", EnumSet.of(Type.STRING));
        once("allowed", allowed.isEmpty(), allowed);
        if (copy.isEmpty() || new HashSet<>(copy).size() != copy.size()) {
          throw new IllegalArgumentException(
              "allowed values of parameter ["
                  + name
                  + "] must be one or more distinct strings, got "
                  + copy);
        }
        return new Builder(
            name, type, description, defaultValue, min, max, required, copy, items, fields);
      }

      /** The value used when a request omits this {@link Type#STRING} parameter. */
      public Builder defaultValue(String value) {
        return withDefault(Type.STRING, JsonValue.of(Objects.requireNonNull(value, "value")));
      }

      /**
       * The value used when a request omits this {@link Type#INTEGER} or {@link Type#NUMBER}
       * parameter.
       */
      public Builder defaultValue(long value) {
        return withDefault(type == Type.NUMBER ? Type.NUMBER : Type.INTEGER, JsonValue.of(value));
      }

      /** The value used when a request omits this {@link Type#NUMBER} parameter. */
      public Builder defaultValue(double value) {
        return withDefault(Type.NUMBER, JsonValue.of(value));
      }

      /** The value used when a request omits this {@link Type#BOOLEAN} parameter. */
      public Builder defaultValue(boolean value) {
        return withDefault(Type.BOOLEAN, JsonValue.of(value));
      }

      /** Makes a request that omits the parameter invalid; a required parameter has no default. */
      public Builder required() {
        once("required", !required, true);
        if (defaultValue.isPresent()) {
          throw new IllegalArgumentException(
              "parameter ["
                  + name
                  + "] has the default "
                  + render(defaultValue.get())
                  + ", so it cannot be required; use one or the other");
        }
        return new Builder(
            name, type, description, defaultValue, min, max, true, allowed, items, fields);
      }

      /**
       * Returns the parameter.
       *
       * @throws IllegalArgumentException if the default is outside the bounds or not an allowed
       *     value
       */
      public Parameter build() {
        defaultValue.ifPresent(this::checkDefault);
        return new Parameter(
            name,
            type,
            description.orElse(""),
            defaultValue,
            min,
            max,
            required,
            allowed,
            items,
            fields);
      }

      private Builder bounds(String what, Set<Type> types, long low, long high) {
        accepts(what, types);
        once(what, min.isEmpty(), min.orElse(0) + ".." + max.orElse(0));
        if (low > high || (type != Type.INTEGER && type != Type.NUMBER && low < 0)) {
          throw new IllegalArgumentException(
              what
                  + " of parameter ["
                  + name
                  + "] must be min..max with min <= max"
                  + (type == Type.INTEGER || type == Type.NUMBER ? "" : " and min >= 0")
                  + ", got "
                  + low
                  + ".."
                  + high);
        }
        return new Builder(
            name,
            type,
            description,
            defaultValue,
            OptionalLong.of(low),
            OptionalLong.of(high),
            required,
            allowed,
            items,
            fields);
      }

      private Builder withDefault(Type valueType, JsonValue value) {
        accepts("defaultValue", EnumSet.of(Type.STRING, Type.INTEGER, Type.NUMBER, Type.BOOLEAN));
        if (type != valueType) {
          throw new IllegalArgumentException(
              "default "
                  + render(value)
                  + " of parameter ["
                  + name
                  + "] is not of its type "
                  + type
                  + "; give a default of type "
                  + type);
        }
        once("defaultValue", defaultValue.isEmpty(), defaultValue.map(Builder::render).orElse(""));
        if (required) {
          throw new IllegalArgumentException(
              "parameter ["
                  + name
                  + "] is required, so it cannot have a default (got "
                  + render(value)
                  + ")");
        }
        return new Builder(
            name,
            type,
            description,
            Optional.of(value),
            min,
            max,
            required,
            allowed,
            items,
            fields);
      }

      private void checkDefault(JsonValue value) {
        if (value instanceof JsonValue.JsonString s
            && !allowed.isEmpty()
            && !allowed.contains(s.value())) {
          throw new IllegalArgumentException(
              "default "
                  + render(value)
                  + " of parameter ["
                  + name
                  + "] is not allowed; allowed: "
                  + allowed);
        }
        BigDecimal measure =
            value instanceof JsonValue.JsonNumber n
                ? n.value()
                : value instanceof JsonValue.JsonString s
                    ? BigDecimal.valueOf(s.value().codePointCount(0, s.value().length()))
                    : null;
        if (measure != null
            && min.isPresent()
            && (measure.compareTo(BigDecimal.valueOf(min.getAsLong())) < 0
                || measure.compareTo(BigDecimal.valueOf(max.getAsLong())) > 0)) {
          throw new IllegalArgumentException(
              "default "
                  + render(value)
                  + " of parameter ["
                  + name
                  + "] is outside its "
                  + (type == Type.STRING ? "length " : "range ")
                  + min.getAsLong()
                  + ".."
                  + max.getAsLong());
        }
      }

      private void accepts(String what, Set<Type> types) {
        if (!types.contains(type)) {
          throw new IllegalArgumentException(
              what
                  + " does not apply to parameter ["
                  + name
                  + "] of type "
                  + type
                  + "; it applies to "
                  + types);
        }
      }

      private void once(String what, boolean unset, Object current) {
        if (!unset) {
          throw new IllegalArgumentException(
              what + " of parameter [" + name + "] was already set to " + current);
        }
      }

      private static String render(JsonValue value) {
        if (value instanceof JsonValue.JsonString s) {
          return "\"" + s.value() + "\"";
        }
        if (value instanceof JsonValue.JsonNumber n) {
          return n.value().toPlainString();
        }
        return String.valueOf(((JsonValue.JsonBoolean) value).value());
      }
    }
  }
}
