"""Makes an older InsightAccuracyTest write its sales and hiring reports with -Deval.dump, as the
current one does (older ones wrote only the general report). Used by first_contact_dumps.sh on a
worktree of an old commit; test code only, the rules are untouched.

    python3 dump_patch.py path/to/InsightAccuracyTest.java
"""
import sys,re
p=sys.argv[1]; s=open(p).read()
for t,name in (("SALES_PLAYBOOK","sales"),("HIRING_REPORT","hiring")):
    pat=re.compile(r"claims\(\s*report\(engine, mediaId, Template\."+t+r", TargetSpec\.entityId\(target\)\)\)")
    if not pat.search(s):
        sys.exit(p + ": already writes its reports, or a form this script does not know")
    s=pat.sub("claims(dumped(truth, \""+name+"\", report(engine, mediaId, Template."+t+", TargetSpec.entityId(target))))",s)
s=s.replace("  /** A call being scored","""  private static JsonNode dumped(JsonNode truth, String name, JsonNode report) {
    String dir = System.getProperty("eval.dump");
    if (dir != null && !truth.path("split").asString().equals(HELD_OUT)) {
      try {
        Files.writeString(Path.of(dir).resolve(truth.path("id").asString() + "." + name + ".json"), report.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return report;
  }

  /** A call being scored""",1)
open(p,'w').write(s)
