package dev.reportengine.experiments;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.data.embedding.Embedding;
import java.nio.file.*;
import java.util.*;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures whether all-MiniLM-L6-v2 sentence embeddings (ONNX on CPU, shipped in a Maven artifact)
 * can tell "this sentence addresses playbook element X" better than the rules: each sentence of a
 * call is compared (cosine) with three prototype sentences per element written before looking at
 * the calls; a sentence at or above a threshold is evidence, the first one covers the element.
 * Prints sentence-level precision and recall against the truth's evidence lists and how many
 * elements get the right state and first quote, per threshold, and the embedding time per sentence
 * after a warm-up. Refuses held-out calls.
 */
public class PlaybookEmbeddingExperiment {
  static final Map<String, List<String>> PROTO = new LinkedHashMap<>();
  static {
    PROTO.put("Agenda", List.of("Here's what I'd like to cover on today's call.", "The plan for the next thirty minutes is to learn about your process and then show you a demo.", "Let me walk you through the agenda for today."));
    PROTO.put("Current situation", List.of("Today we handle this with spreadsheets and a shared inbox.", "Right now our team uses another tool for this.", "Our current process is mostly manual."));
    PROTO.put("Pain", List.of("The biggest problem we have is that reports are always late.", "It's really frustrating that the data is wrong so often.", "We struggle to keep everything in sync."));
    PROTO.put("Impact", List.of("That costs us about ten hours a week.", "Because of this we lost two customers last quarter.", "Those errors cost us thousands of dollars every month."));
    PROTO.put("Decision process", List.of("Our CFO has to sign off on anything above that amount.", "The final decision is made by the operations director.", "Procurement and legal will need to review the contract before we sign."));
    PROTO.put("Timeline", List.of("We need this live before the end of the quarter.", "Our current contract ends in June.", "We'd like to start the rollout in March."));
    PROTO.put("Budget", List.of("We have about fifty thousand dollars budgeted for this.", "Our budget for tooling this year is limited.", "Anything over twenty thousand needs approval from finance."));
    PROTO.put("Next steps", List.of("I'll send over the proposal by Friday.", "Let's schedule a follow-up demo next week with your team.", "As a next step, we'll set up a trial account for you."));
  }

  public static void main(String[] args) throws Exception {
    var model = new AllMiniLmL6V2EmbeddingModel();
    for (int i = 0; i < 50; i++) {
      model.embed("Warming up the model with sentence number " + i + ".");
    }
    JsonMapper json = JsonMapper.builder().build();
    Map<String, List<float[]>> protos = new LinkedHashMap<>();
    for (var e : PROTO.entrySet()) {
      List<float[]> v = new ArrayList<>();
      for (String s : e.getValue()) v.add(model.embed(s).content().vector());
      protos.put(e.getKey(), v);
    }
    double[] taus = {0.35, 0.40, 0.45, 0.50, 0.55, 0.60};
    int[][] tp = new int[taus.length][1], fp = new int[taus.length][1], fn = new int[taus.length][1];
    int[] elemRight = new int[taus.length]; int elemTotal = 0;
    long nanos = 0; int sentences = 0;
    for (String dir : args) {
      Path d = Path.of(dir);
      JsonNode truth = json.readTree(Files.readString(d.resolve("truth.json")));
      if (!truth.path("split").asString().equals("development")) {
        throw new IllegalArgumentException(d + " is not a development call; held-out calls are never used to choose a method");
      }
      List<String> sents = new ArrayList<>();
      for (String line : Files.readAllLines(d.resolve("script.txt"))) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String text = line.substring(line.indexOf(':') + 1).strip();
        for (String s : text.split("(?<=[.?!])\\s+")) if (s.chars().anyMatch(Character::isLetter)) sents.add(s);
      }
      long t0 = System.nanoTime();
      List<float[]> vecs = new ArrayList<>();
      for (String s : sents) vecs.add(model.embed(s).content().vector());
      nanos += System.nanoTime() - t0; sentences += sents.size();
      for (var e : truth.path("playbook").properties()) {
        List<String> gold = new ArrayList<>();
        e.getValue().path("evidence").forEach(q -> gold.add(q.asString()));
        boolean covered = e.getValue().path("covered").asBoolean();
        elemTotal++;
        for (int k = 0; k < taus.length; k++) {
          String first = null;
          for (int i = 0; i < sents.size(); i++) {
            double best = 0;
            for (float[] p : protos.get(e.getKey())) best = Math.max(best, cos(p, vecs.get(i)));
            boolean pred = best >= taus[k];
            String s = sents.get(i);
            boolean g = gold.stream().anyMatch(s::contains);
            if (pred && first == null) first = s;
            if (pred && g) tp[k][0]++; else if (pred) fp[k][0]++; else if (g) fn[k][0]++;
          }
          final String f = first;
          boolean right = covered ? f != null && gold.stream().anyMatch(f::contains) : f == null;
          if (right) elemRight[k]++;
        }
      }
    }
    System.out.printf("embedding: %d sentences, %.2f ms per sentence%n", sentences, nanos / 1e6 / sentences);
    for (int k = 0; k < taus.length; k++) {
      System.out.printf("tau %.2f: sentence precision %.2f recall %.2f; elements right %d/%d%n", taus[k],
          tp[k][0] / (double) Math.max(1, tp[k][0] + fp[k][0]), tp[k][0] / (double) Math.max(1, tp[k][0] + fn[k][0]), elemRight[k], elemTotal);
    }
  }

  static double cos(float[] a, float[] b) {
    double d = 0, x = 0, y = 0;
    for (int i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] * a[i]; y += b[i] * b[i]; }
    return d / Math.sqrt(x * y);
  }
}
