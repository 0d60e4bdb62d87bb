"""Where the time goes in a Java Flight Recording of the service under load: execution samples (threads running Java
code), first by the code that owned the time (self time, where JDK frames count for the nearest non-JDK caller except
the signature arithmetic, which is its own), then the share of samples under a few landmark frames (inclusive), then
the top methods by self time. Given the number of requests served while recording, each row also says how many
samples it took per 1,000 requests, so that a request and its control compare row by row.
Usage: python3 bench/jfr_breakdown.py recording.jfr [top [requests]]"""
import collections
import json
import subprocess
import sys

# Self time: the first frame from the top of the stack that matches names the owner. JDK frames are transparent
# (they count for their caller), except the RSA arithmetic and hashing that verifying a signature costs.
OWNERS = [
    ("token signature (RSA, BigInteger, SHA-256)", ("sun.security.rsa.", "java.math.", "sun.security.provider.")),
    ("token parsing and claims (jose4j, smallrye-jwt)", ("org.jose4j.", "io.smallrye.jwt.", "io.quarkus.smallrye.jwt.")),
    ("measura: trend engine (trends)", ("org.measura.trends.",)),
    ("measura: scoring (scoring)", ("org.measura.scoring.",)),
    ("measura: score answer writer", ("org.measura.web.ScoreResultSerializer",)),
    ("measura: other (api, web, catalog, auth)", ("org.measura.",)),
    ("Jackson: writing JSON", ("com.fasterxml.jackson.core.json.UTF8JsonGenerator", "com.fasterxml.jackson.core.io.",
                               "com.fasterxml.jackson.databind.ser.", "com.fasterxml.jackson.core.base.GeneratorBase",
                               "com.fasterxml.jackson.databind.ObjectWriter", "com.fasterxml.jackson.core.util.")),
    ("Jackson: reading JSON (parser, deserializers, trees)", ("com.fasterxml.jackson.",)),
    ("Quarkus security (identity, permissions)", ("io.quarkus.security.", "io.quarkus.vertx.http.runtime.security.")),
    ("Quarkus REST (routing, readers, writers)", ("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.",
                                                  "io.quarkus.rest.")),
    ("Micrometer (metrics)", ("io.micrometer.", "io.quarkus.micrometer.")),
    ("Quarkus and ArC other", ("io.quarkus.", "io.smallrye.")),
    ("HTTP and I/O (Vert.x, Netty)", ("io.vertx.", "io.netty.")),
    ("JDK only (I/O, GC barriers, threads)", ("java.", "jdk.", "sun.")),
]

# Inclusive: the share of samples with this frame anywhere on the stack.
LANDMARKS = [
    ("bearer token authentication (all of it)", ("io.quarkus.smallrye.jwt.runtime.auth.", "org.measura.auth.")),
    ("RSA signature verification", ("sun.security.rsa.RSASignature.engineVerify",)),
    ("reading the body (JAX-RS message body reader)", ("MessageBodyReader.readFrom", "JacksonBasicMessageBodyReader",
                                                       "ServerJacksonMessageBodyReader.")),
    ("writing the answer (JAX-RS message body writer)", ("MessageBodyWriter.writeResponse", "MessageBodyWriter.writeTo",
                                                          "ServerJacksonMessageBodyWriter", "ScoreResultSerializer")),
    ("the resource method (InstrumentResource.score / TrendResource.analyse, or the control's)",
     ("org.measura.web.InstrumentResource.score", "org.measura.web.TrendResource.analyse",
      "org.measura.bench.EchoResource.")),
    ("scoring (Scorer.score)", ("org.measura.scoring.Scorer.score",)),
    ("trend: scoring the administrations (TrendAnalysis.administration)",
     ("org.measura.trends.TrendAnalysis.administration",)),
    ("trend: engine (TrendEngine.analyse)", ("org.measura.trends.TrendEngine.analyse",)),
    ("trend: summary digest (TrendDigest)", ("org.measura.trends.TrendDigest.",)),
    ("metrics (Micrometer)", ("io.micrometer.",)),
]


def owner_of(frames):
    for frame in frames:
        for name, prefixes in OWNERS[:-1]:
            if frame.startswith(prefixes):
                return name
    return OWNERS[-1][0]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    requests = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else 0
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    owners = collections.Counter()
    landmarks = collections.Counter()
    selfs = collections.Counter()
    total = 0
    for event in events:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in event["values"]["stackTrace"]["frames"]]
        if not frames:
            continue
        total += 1
        owners[owner_of(frames)] += 1
        selfs[frames[0]] += 1
        for name, markers in LANDMARKS:
            if any(marker in frame for frame in frames for marker in markers):
                landmarks[name] += 1
    def row(n, name):
        per = f"  {1000 * n / requests:7.2f} /1k req" if requests else ""
        return f"  {100 * n / total:5.1f} %{per}  {name}"

    print(f"{total} execution samples" + (f", {requests} requests: {1000 * total / requests:.2f} samples per 1,000"
                                          if requests else ""))
    print("self time by owner (JDK frames count for their caller):")
    for name, n in owners.most_common():
        print(row(n, name))
    print("inclusive (samples with the frame on the stack):")
    for name, _ in LANDMARKS:
        print(row(landmarks[name], name))
    print(f"top {top} methods by self time:")
    for name, n in selfs.most_common(top):
        print(row(n, name))


if __name__ == "__main__":
    main()
