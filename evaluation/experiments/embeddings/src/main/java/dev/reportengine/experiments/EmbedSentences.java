package dev.reportengine.experiments;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the all-MiniLM-L6-v2 vector of each line of a text file, one line of 384 numbers per
 * sentence, for {@code ../classifier/crossval.py}: {@code EmbedSentences IN OUT}.
 */
public final class EmbedSentences {
  public static void main(String[] args) throws Exception {
    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        float[] v = model.embed(line.isBlank() ? "." : line).content().vector();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
          b.append(i == 0 ? "" : " ").append(v[i]);
        }
        out.println(b);
      }
    }
  }
}
