package dev.reportengine.templates.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One logistic regression per class over a sentence's word 1-2 gram TF-IDF vector, as scikit-learn
 * computes it: the sentence lowercased, its words the runs of {@code [a-z0-9']} (curly apostrophes
 * read as straight ones), each term of the model present weighted {@code (1 + ln count) x idf}, the
 * vector scaled to length 1, and a class's probability {@code 1 / (1 + e^-(intercept + weights .
 * vector))}. Terms not in the model are ignored.
 *
 * <p>A model is a resource written by {@code evaluation/experiments/classifier/train.py} from the
 * development calls: a line {@code classes<TAB>name<TAB>...}, a line {@code
 * intercept<TAB>value<TAB>...}, then {@code term<TAB>idf<TAB>weight<TAB>...} per term, one weight
 * per class; {@code #} lines are comments. Immutable and thread-safe. A sentence is read once
 * ({@link #vector}: one hash lookup per word and per pair of words), then each class costs one
 * multiplication per term present.
 */
public final class SentenceClassifier {

  /** The fewest distinct known terms of a {@link Vector#readable() readable} sentence. */
  public static final int MIN_TERMS = 3;

  private final String resource;
  private final List<String> classes;
  private final double[] intercepts;
  private final Map<String, Integer> index;
  private final String[] terms;
  private final double[] idf;
  private final double[][] weights; // [class][term]

  private SentenceClassifier(
      String resource,
      List<String> classes,
      double[] intercepts,
      Map<String, Integer> index,
      double[] idf,
      double[][] weights) {
    this.resource = resource;
    this.classes = List.copyOf(classes);
    this.intercepts = intercepts;
    this.index = Map.copyOf(index);
    this.terms = new String[index.size()];
    index.forEach((term, id) -> terms[id] = term);
    this.idf = idf;
    this.weights = weights;
  }

  /**
   * Reads the model {@code resource}, relative to this class.
   *
   * @throws IllegalStateException when it is missing or a line is not as described above, naming
   *     the resource and line
   */
  public static SentenceClassifier load(String resource) {
    try (InputStream in = SentenceClassifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static SentenceClassifier read(String resource, BufferedReader reader)
      throws IOException {
    List<String> classes = null;
    double[] intercepts = null;
    Map<String, Integer> index = new HashMap<>();
    double[] idf = new double[1024];
    double[][] weights = null;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      String where = resource + " line " + lineNumber + ": ";
      if (classes == null) {
        if (!parts[0].equals("classes") || parts.length < 2) {
          throw new IllegalStateException(where + "expected classes<TAB>name<TAB>...: " + line);
        }
        classes = List.of(parts).subList(1, parts.length);
        weights = new double[classes.size()][1024];
        continue;
      }
      int expected = (intercepts == null ? 1 : 2) + classes.size();
      if (parts.length != expected) {
        throw new IllegalStateException(
            where
                + (intercepts == null
                    ? "expected intercept<TAB>one value per class"
                    : "expected term<TAB>idf<TAB>one weight per class")
                + " ("
                + expected
                + " columns, found "
                + parts.length
                + ")");
      }
      try {
        if (intercepts == null) {
          if (!parts[0].equals("intercept")) {
            throw new IllegalStateException(where + "expected the intercept line: " + line);
          }
          intercepts = new double[classes.size()];
          for (int c = 0; c < classes.size(); c++) {
            intercepts[c] = Double.parseDouble(parts[1 + c]);
          }
          continue;
        }
        int id = index.size();
        if (id == idf.length) {
          idf = Arrays.copyOf(idf, id * 2);
          for (int c = 0; c < classes.size(); c++) {
            weights[c] = Arrays.copyOf(weights[c], id * 2);
          }
        }
        idf[id] = Double.parseDouble(parts[1]);
        for (int c = 0; c < classes.size(); c++) {
          weights[c][id] = Double.parseDouble(parts[2 + c]);
        }
        if (index.putIfAbsent(parts[0], id) != null) {
          throw new IllegalStateException(where + "term [" + parts[0] + "] twice");
        }
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + "not a number: " + e.getMessage(), e);
      }
    }
    if (intercepts == null) {
      throw new IllegalStateException(resource + ": no classes and intercept lines");
    }
    return new SentenceClassifier(resource, classes, intercepts, index, idf, weights);
  }

  /** The classes, in the order of the model's columns. */
  public List<String> classes() {
    return classes;
  }

  /** {@code sentence} as the model reads it: the terms it knows, weighted and scaled. */
  public Vector vector(String sentence) {
    List<String> words = words(sentence);
    int[] ids = new int[words.size() * 2];
    int n = 0;
    int known = 0;
    for (int i = 0; i < words.size(); i++) {
      Integer id = index.get(words.get(i));
      if (id != null) {
        ids[n++] = id;
        known++;
      }
      if (i + 1 < words.size()) {
        id = index.get(words.get(i) + " " + words.get(i + 1));
        if (id != null) {
          ids[n++] = id;
        }
      }
    }
    Arrays.sort(ids, 0, n);
    int[] present = new int[n];
    double[] values = new double[n];
    int distinct = 0;
    double squares = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && ids[j] == ids[i]) {
        j++;
      }
      double value = (1 + Math.log(j - i)) * idf[ids[i]];
      present[distinct] = ids[i];
      values[distinct++] = value;
      squares += value * value;
      i = j;
    }
    double length = Math.sqrt(squares);
    for (int i = 0; i < distinct; i++) {
      values[i] /= length;
    }
    return new Vector(
        Arrays.copyOf(present, distinct),
        Arrays.copyOf(values, distinct),
        distinct >= MIN_TERMS && known * 2 >= words.size());
  }

  /** The probability that the sentence read as {@code v} is of class {@code c}. */
  public double probability(Vector v, int c) {
    double logit = intercepts[c];
    for (int i = 0; i < v.ids.length; i++) {
      logit += v.values[i] * weights[c][v.ids[i]];
    }
    return 1 / (1 + Math.exp(-logit));
  }

  /**
   * The terms of {@code v} that raised the probability of class {@code c} most, strongest first, at
   * most {@code top} of them, so that a reader can see why.
   */
  public List<String> reasons(Vector v, int c, int top) {
    Integer[] order = new Integer[v.ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            Double.compare(v.values[b] * weights[c][v.ids[b]], v.values[a] * weights[c][v.ids[a]]));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < order.length && out.size() < top; i++) {
      if (v.values[order[i]] * weights[c][v.ids[order[i]]] > 0) {
        out.add(terms[v.ids[order[i]]]);
      }
    }
    return out;
  }

  /** The words the model reads in {@code sentence}: lowercased runs of letters a-z, digits, '. */
  static List<String> words(String sentence) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = sentence.toLowerCase(Locale.ROOT); // as Python's str.lower(): İ is i and a dot
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
        word.append(c);
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  @Override
  public String toString() {
    return "SentenceClassifier[" + resource + ", " + classes + ", " + terms.length + " terms]";
  }

  /**
   * A sentence as a model reads it: the ids of the terms present and their scaled weights. Obtained
   * from {@link #vector} and read only by the classifier that made it.
   */
  public static final class Vector {
    private final int[] ids;
    private final double[] values;
    private final boolean readable;

    private Vector(int[] ids, double[] values, boolean readable) {
      this.ids = ids;
      this.values = values;
      this.readable = readable;
    }

    /**
     * Whether the model knows enough of the sentence for its probability to mean something: at
     * least {@value SentenceClassifier#MIN_TERMS} of its terms, and half or more of its words. A
     * vector scaled to length 1 lets the one known word of a sentence the model cannot read decide
     * alone ("The Kubernetes Terraform Grafana Prometheus stack." scores 0.99 for problem solving
     * on "the"), so callers take an unreadable sentence's probability as 0.
     */
    public boolean readable() {
      return readable;
    }

    /** How many of the model's terms the sentence holds. */
    public int size() {
      return ids.length;
    }
  }
}
